package io.hyperseed.neural;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.baseline.GreedyLocalSearch;
import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.generate.RandomHypergraphs;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.problem.MaxCut;
import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.seed.SeedingContext;
import io.hyperseed.core.seed.SeedingException;
import io.hyperseed.core.testing.RandomProblems;
import io.hyperseed.neural.train.TrainingLock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GuardedSeederTest {

    private static final NeuralConfig FAST = HgnnSeederTest.FAST;
    private final List<String> warnings = new ArrayList<>();

    /** A training thread abandoned at the deadline ends after its current step: let it, before the next test. */
    @AfterEach
    void waitForAbandonedTraining() throws SeedingException {
        TrainingLock.acquire(() -> false);
        TrainingLock.release();
    }

    @Test
    void seedIsTheBetterOfNeuralAndGreedyAndSaysWhichWithBothObjectives() {
        Random random = new Random(31);
        for (int k = 0; k < 4; k++) {
            PuboProblem problem = RandomProblems.unconstrained(random, 14, 40, 3, Sense.MAXIMIZE);
            // a barely trained network loses to greedy now and then; both outcomes must be labelled right
            NeuralConfig config =
                    FAST.toBuilder().optEpochs(k == 0 ? 2 : 150).optSamples(0).build();
            Seed seed = new GuardedSeeder(config, warnings::add).seed(problem, SeedingContext.of(k));

            double greedy = (Double) seed.details().get("greedyObjective");
            double neural = (Double) seed.details().get("neuralObjective");
            assertThat(greedy).isEqualTo(GreedyLocalSearch.solve(problem).objective());
            assertThat(seed.solution().objective()).isEqualTo(Math.max(greedy, neural));
            assertThat(seed.producer()).isEqualTo(greedy > neural ? GuardedSeeder.GREEDY : HgnnSeeder.PRODUCER);
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void nonFiniteLossGivesOneWarningAndTheGreedySeedLabelledAsSuch() {
        PuboProblem problem = RandomProblems.unconstrained(new Random(3), 12, 30, 3, Sense.MINIMIZE);
        // a finite but huge annealing weight overflows the float loss at the first epoch
        NeuralConfig config =
                FAST.toBuilder().optAnnealingStart(1e300).optAnnealingEnd(1e300).build();

        Seed seed = new GuardedSeeder(config, warnings::add).seed(problem, SeedingContext.of(1));

        assertThat(seed.producer()).isEqualTo(GuardedSeeder.GREEDY);
        assertThat(seed.solution()).isEqualTo(GreedyLocalSearch.solve(problem));
        assertThat(seed.details()).containsKey("fallback");
        assertThat(warnings).singleElement().asString().contains("not finite").contains("greedy");
    }

    private static PuboProblem twentyThousandVertices() {
        return MaxCut.compact(RandomHypergraphs.generate(20_000, 30_000, 2, 10, 3), "20k");
    }

    private static NeuralConfig onCpuWithin(Duration timeLimit) {
        return NeuralConfig.builder().optDevice("cpu").optTimeLimit(timeLimit).build();
    }

    @Test
    void oneSecondOnATwentyThousandVertexInstanceEndsWithinTwoAndAHalfSeconds() {
        PuboProblem problem = twentyThousandVertices();
        NeuralConfig config = onCpuWithin(Duration.ofSeconds(1));
        long start = System.nanoTime();

        Seed seed = new GuardedSeeder(config, warnings::add).seed(problem, SeedingContext.of(1));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
        Solution greedy = GreedyLocalSearch.solve(problem);
        assertThat(seed.solution().objective()).isGreaterThanOrEqualTo(greedy.objective());
    }

    @Test
    void trainingIsSkippedWithAWarningWhenItsSetUpCannotFitInTheTimeLeft() {
        PuboProblem problem = twentyThousandVertices();
        NeuralConfig config = onCpuWithin(Duration.ofMillis(2));

        Seed seed = new GuardedSeeder(config, warnings::add).seed(problem, SeedingContext.of(1));

        assertThat(seed.producer()).isEqualTo(GuardedSeeder.GREEDY);
        assertThat(seed.details().get("fallback").toString()).startsWith("skipped: its set-up and 10 epochs");
        assertThat(warnings).singleElement().asString().contains("neural training was skipped");
    }

    @Test
    void aStopBeforeTheStartStillGivesTheWholeConstructionPass() {
        PuboProblem problem = RandomProblems.unconstrained(new Random(3), 300, 900, 3, Sense.MAXIMIZE);

        Seed stopped = GuardedSeeder.greedy(problem, () -> true);

        assertThat(stopped.solution().values())
                .containsExactly(GreedyLocalSearch.solve(problem, () -> true).values());
        assertThat(stopped.solution().objective()).isGreaterThan(0.0);
    }

    @Test
    void stopSignalIsObeyedWithinTheGraceEvenDuringALongTraining() {
        PuboProblem problem = RandomProblems.unconstrained(new Random(2), 40, 120, 3, Sense.MAXIMIZE);
        NeuralConfig endless = FAST.toBuilder()
                .optEpochs(1_000_000)
                .optPatience(1_000_000)
                .optTimeLimit(Duration.ofHours(1))
                .build();
        long start = System.nanoTime();
        SeedingContext context = SeedingContext.of(1).withStop(() -> System.nanoTime() - start > 500_000_000L);

        Seed seed = new GuardedSeeder(endless, warnings::add).seed(problem, context);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
        assertThat(seed.solution().objective())
                .isGreaterThanOrEqualTo(GreedyLocalSearch.solve(problem).objective());
    }
}
