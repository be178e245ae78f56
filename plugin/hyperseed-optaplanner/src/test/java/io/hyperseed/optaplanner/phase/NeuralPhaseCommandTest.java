package io.hyperseed.optaplanner.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.seed.SeedProgress;
import io.hyperseed.core.testing.RandomProblems;
import io.hyperseed.core.testing.SeedToy;
import io.hyperseed.optaplanner.Solving;
import io.hyperseed.optaplanner.domain.BinarySolution;
import io.hyperseed.optaplanner.domain.MaxCutSolution;
import io.hyperseed.optaplanner.domain.ProgramSolution;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

class NeuralPhaseCommandTest {

    private final List<Seed> seeds = new CopyOnWriteArrayList<>();
    private final List<SeedProgress> progress = new CopyOnWriteArrayList<>();

    @AfterEach
    void resetScript() {
        ScriptedPhaseCommand.reset(ScriptedPhaseCommand::failing);
    }

    @Test
    void failingSeederGivesOneWarningThenTabuStillReachesTheOptimum() {
        ScriptedPhaseCommand.reset(ScriptedPhaseCommand::failing);
        BinarySolution toy = ProgramSolution.of(SeedToy.problem());
        HardSoftLongScore optimum = Solving.optimumScore(toy);

        BinarySolution best =
                bridged(scripted("neural-tabu", toy, optimum, 20_000)).solve(toy);

        assertThat(ScriptedPhaseCommand.WARNINGS)
                .singleElement()
                .asString()
                .contains("simulated: no native library")
                .contains("falling back");
        assertThat(seeds).singleElement().extracting(Seed::producer).isEqualTo("greedy");
        assertThat(best.getScore()).isEqualTo(optimum);
        assertThat(best.toSolution().objective()).isCloseTo(SeedToy.OPTIMUM, Offset.offset(1e-9));
    }

    @Test
    void phaseTerminationStopsTrainingAndLocalSearchFollows() {
        ScriptedPhaseCommand.reset(ScriptedPhaseCommand::untilStopped);
        BinarySolution problem = MaxCutSolution.of(RandomProblems.hypergraph(new Random(3), 40, 80, 3, false), "r");
        SolverConfig config = scripted("neural-tabu", problem, null, 1_000);
        DefaultSolver<BinarySolution> solver = bridged(config);

        long start = System.nanoTime();
        BinarySolution best = solver.solve(problem);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(seeds).singleElement().extracting(Seed::producer).isEqualTo("scripted");
        assertThat(seeds.get(0).elapsed().toMillis())
                .as("neural share (0.3) of a 1 s budget")
                .isBetween(250L, 5_000L);
        assertThat(millis).as("whole solve, 60 s timeLimit property").isLessThan(10_000L);
        assertThat(best.getScore().isSolutionInitialized()).isTrue();
        assertThat(progress).isNotEmpty().extracting(SeedProgress::epoch).isSorted();
    }

    @Test
    void terminateEarlyStopsTraining() throws InterruptedException {
        ScriptedPhaseCommand.reset(ScriptedPhaseCommand::untilStopped);
        BinarySolution toy = ProgramSolution.of(SeedToy.problem());
        DefaultSolver<BinarySolution> solver = bridged(scripted("neural", toy, null, 60_000));
        Thread stopper = new Thread(() -> {
            sleep(300);
            solver.terminateEarly();
        });

        long start = System.nanoTime();
        stopper.start();
        BinarySolution best = solver.solve(toy);
        stopper.join();

        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000L);
        assertThat(best.getScore().isSolutionInitialized()).isTrue();
    }

    @Test
    void timeLimitPropertyStopsTrainingWithoutABridge() {
        ScriptedPhaseCommand.reset(ScriptedPhaseCommand::untilStopped);
        BinarySolution toy = ProgramSolution.of(SeedToy.problem());
        SolverConfig config = scripted("neural", toy, null, 60_000);
        neuralPhase(config).getCustomProperties().put("timeLimit", "300ms");

        long start = System.nanoTime();
        BinarySolution best = Solving.solver(config).solve(toy);

        assertThat((System.nanoTime() - start) / 1_000_000).isBetween(300L, 10_000L);
        assertThat(best.getScore().isSolutionInitialized()).isTrue();
    }

    @Test
    void seedPropertyOverridesTheSolverRandom() {
        ScriptedPhaseCommand.reset(ScriptedPhaseCommand::failing);
        BinarySolution toy = ProgramSolution.of(SeedToy.problem());
        SolverConfig config = scripted("neural", toy, null, 5_000);
        neuralPhase(config).getCustomProperties().put("seed", "42");

        bridged(config).solve(toy);

        assertThat(ScriptedPhaseCommand.RANDOM_SEEDS).containsExactly(42L);
    }

    @Test
    void neuralRandomSeedFollowsTheSolverSeed() {
        ScriptedPhaseCommand.reset(ScriptedPhaseCommand::failing);
        BinarySolution toy = ProgramSolution.of(SeedToy.problem());
        for (long solverSeed : new long[] {7L, 7L, 8L}) {
            SolverConfig config = scripted("neural", toy, null, 5_000);
            config.setRandomSeed(solverSeed);
            bridged(config).solve(toy);
        }

        List<Long> drawn = ScriptedPhaseCommand.RANDOM_SEEDS;
        assertThat(drawn).hasSize(3);
        assertThat(drawn.get(0)).isEqualTo(drawn.get(1)).isNotEqualTo(drawn.get(2));
    }

    @Test
    void shippedPhaseProducesASeedNeuralOrFallback() {
        BinarySolution toy = ProgramSolution.of(SeedToy.problem());
        SolverConfig config = Solving.fullAssert("neural", toy, null, 20_000);

        BinarySolution best = bridged(config).solve(toy);

        assertThat(seeds).singleElement().satisfies(seed -> {
            assertThat(seed.producer()).isNotBlank();
            assertThat(best.toSolution().objective()).isEqualTo(seed.solution().objective());
            assertThat(best.toSolution().violation()).isEqualTo(seed.solution().violation());
        });
    }

    @Test
    void logEveryIsAPropertyLikeInTheTimefoldPhase() {
        NeuralPhaseCommand command = new NeuralPhaseCommand();
        command.applyProperty("logEvery", "50");

        assertThatThrownBy(() -> command.applyProperty("logEvery", "0"))
                .hasMessageContaining("(0)")
                .hasMessageContaining("Maybe");
        assertThatThrownBy(() -> command.applyProperty("logEvry", "5")).hasMessageContaining("(logEvry)");
    }

    private DefaultSolver<BinarySolution> bridged(SolverConfig config) {
        DefaultSolver<BinarySolution> solver = Solving.solver(config);
        PhaseBridge.attach(solver, progress::add, seeds::add);
        return solver;
    }

    /** The shipped config with the scripted command in place of the neural one. */
    private static SolverConfig scripted(
            String name, BinarySolution problem, HardSoftLongScore limit, long budgetMillis) {
        SolverConfig config = Solving.fullAssert(name, problem, limit, budgetMillis);
        neuralPhase(config).setCustomPhaseCommandClassList(List.of(ScriptedPhaseCommand.class));
        neuralPhase(config).setCustomProperties(new HashMap<>(Map.of("timeLimit", "60s")));
        return config;
    }

    private static CustomPhaseConfig neuralPhase(SolverConfig config) {
        return (CustomPhaseConfig) config.getPhaseConfigList().get(0);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
