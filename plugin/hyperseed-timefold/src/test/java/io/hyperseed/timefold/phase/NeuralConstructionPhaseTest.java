package io.hyperseed.timefold.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.seed.FallbackSeeder;
import io.hyperseed.core.seed.GreedySeeder;
import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.seed.Seeder;
import io.hyperseed.core.seed.SeedingException;
import io.hyperseed.core.testing.RandomProblems;
import io.hyperseed.timefold.BuiltInConfigs;
import io.hyperseed.timefold.TestSolvers;
import io.hyperseed.timefold.domain.BinarySolution;
import io.hyperseed.timefold.domain.MaxCutSolution;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class NeuralConstructionPhaseTest {

    private final MaxCutSolution problem =
            MaxCutSolution.of(RandomProblems.hypergraph(new Random(5), 20, 50, 3, false));
    private final List<String> warnings = new ArrayList<>();
    private final List<Seed> seeds = new ArrayList<>();
    private final SeedingListener recorder = new SeedingListener() {
        @Override
        public void onWarning(String message) {
            warnings.add(message);
        }

        @Override
        public void onSeed(Seed seed) {
            seeds.add(seed);
        }
    };

    @Test
    void failedSeederFallsBackToThePlainConstructionWithOneWarningAndTabuContinues() {
        NeuralConstructionPhase<BinarySolution> phase = withSeeder((p, c) -> {
            throw new SeedingException("simulated failure (natives missing)");
        });
        SolverConfig config = BuiltInConfigs.load("neural-tabu", true)
                .withTerminationConfig(new TerminationConfig().withMillisecondsSpentLimit(700L));
        replaceCustomPhase(config, phase);

        BinarySolution best = TestSolvers.solve(config, problem);

        assertThat(warnings).singleElement().asString().contains("simulated failure");
        assertThat(seeds).singleElement().extracting(Seed::producer).isEqualTo("greedy");
        Solution greedy = seeds.get(0).solution();
        assertThat(best.isInitialized()).isTrue();
        assertThat(best.toSolution().objective()).isGreaterThanOrEqualTo(greedy.objective());
    }

    @Test
    void seedIsWrittenIntoTheWorkingSolutionThroughTheSolver() {
        boolean[] alternating = new boolean[problem.getVariables().size()];
        for (int i = 0; i < alternating.length; i += 2) {
            alternating[i] = true;
        }
        NeuralConstructionPhase<BinarySolution> phase =
                withSeeder((p, c) -> new Seed(Solution.evaluate(p, alternating), "fake", Duration.ZERO, Map.of()));

        BinarySolution result = solveWith(phase);

        assertThat(result.assignment()).isEqualTo(alternating);
        assertThat(result.getScore()).isEqualTo(TestSolvers.scoreOf(result, alternating));
        assertThat(seeds).singleElement().extracting(Seed::producer).isEqualTo("fake");
        assertThat(warnings).isEmpty();
    }

    @Test
    void seedPropertyReachesTheSeederAndDefaultsToTimefoldsDefaultRandomSeed() {
        AtomicLong seen = new AtomicLong(-1);
        Seeder recordingSeeder = (p, c) -> {
            seen.set(c.randomSeed());
            return new GreedySeeder().seed(p, c);
        };
        solveWith(withSeeder(recordingSeeder));
        assertThat(seen.get()).isEqualTo(NeuralConstructionPhase.DEFAULT_SEED);

        NeuralConstructionPhase<BinarySolution> seeded = withSeeder(recordingSeeder);
        seeded.applyProperty("seed", "42");
        solveWith(seeded);
        assertThat(seen.get()).isEqualTo(42L);
    }

    @Test
    void timeLimitPropertyStopsALongSeederWhichStillReturnsItsBest() {
        Seeder patient = (p, c) -> {
            while (!c.shouldStop()) {
                Thread.onSpinWait();
            }
            return new GreedySeeder().seed(p, c);
        };
        NeuralConstructionPhase<BinarySolution> phase = withSeeder(patient);
        phase.setTimeLimit("300ms");
        long start = System.nanoTime();

        BinarySolution result = solveWith(phase);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(result.isInitialized()).isTrue();
    }

    @Test
    void realSeederProducesAnInitializedSeedEitherNeuralOrFallback() {
        NeuralConstructionPhase<BinarySolution> phase = new NeuralConstructionPhase<>();
        phase.applyProperties(Map.of("epochs", "20", "timeLimit", "2s", "logEvery", "10"));
        phase.setListener(recorder);

        BinarySolution result = solveWith(phase);

        assertThat(result.isInitialized()).isTrue();
        assertThat(seeds).singleElement().satisfies(seed -> {
            assertThat(seed.values()).isEqualTo(result.assignment());
            if (!warnings.isEmpty()) {
                assertThat(seed.producer()).isEqualTo("greedy");
            }
        });
    }

    @Test
    void logEveryMustBePositive() {
        NeuralConstructionPhase<BinarySolution> phase = new NeuralConstructionPhase<>();
        assertThatThrownBy(() -> phase.applyProperty("logEvery", "0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(0)");
        assertThatThrownBy(() -> phase.applyProperty("logEvery", "often"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(often)");
    }

    private NeuralConstructionPhase<BinarySolution> withSeeder(Seeder primary) {
        NeuralConstructionPhase<BinarySolution> phase = new NeuralConstructionPhase<>() {
            @Override
            public Seeder createSeeder(Consumer<String> warning) {
                return new FallbackSeeder(primary, new GreedySeeder(), warning);
            }
        };
        phase.setListener(recorder);
        return phase;
    }

    private BinarySolution solveWith(NeuralConstructionPhase<BinarySolution> phase) {
        SolverConfig config = BuiltInConfigs.load("neural", true)
                .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(30L));
        replaceCustomPhase(config, phase);
        return TestSolvers.solve(config, MaxCutSolution.of(problem.getGraph()));
    }

    private static void replaceCustomPhase(SolverConfig config, NeuralConstructionPhase<BinarySolution> phase) {
        var phases = new ArrayList<>(config.getPhaseConfigList());
        phases.set(0, new CustomPhaseConfig().withCustomPhaseCommandList(List.of(phase)));
        config.setPhaseConfigList(phases);
    }
}
