package io.hyperseed.optaplanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hyperseed.core.io.Instance;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.seed.SeedProgress;
import io.hyperseed.core.solve.HybridSolver;
import io.hyperseed.core.solve.ProgressPoint;
import io.hyperseed.core.solve.SolveListener;
import io.hyperseed.core.solve.SolveOptions;
import io.hyperseed.core.solve.SolveResult;
import io.hyperseed.core.testing.RandomProblems;
import io.hyperseed.core.testing.SeedToy;
import io.hyperseed.optaplanner.domain.MaxCutSolution;
import io.hyperseed.optaplanner.domain.ProgramSolution;
import io.hyperseed.optaplanner.phase.ScriptedPhaseHook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;

class OptaplannerHybridSolverTest {

    private final OptaplannerHybridSolver solver = new OptaplannerHybridSolver();

    @Test
    void isFoundByTheServiceLoader() {
        assertThat(ServiceLoader.load(HybridSolver.class).stream()
                        .map(ServiceLoader.Provider::get)
                        .map(HybridSolver::framework))
                .contains("optaplanner");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tabu", "neural-tabu"})
    void seedToyEndsFeasibleAtTheOptimum(String config) {
        SolveResult result =
                solver.solve(TestInstances.program(SeedToy.problem()), quick(config, 4_000), SolveListener.NONE);

        assertThat(result.solution().isFeasible()).isTrue();
        assertThat(result.solution().objective()).isCloseTo(SeedToy.OPTIMUM, within(1e-9));
        assertThat(result.framework()).isEqualTo("optaplanner");
        assertThat(result.config()).isEqualTo(config);
    }

    @Test
    void maxCutInstanceReportsProgressByPhaseAndTheCoreCut() {
        Hypergraph graph = RandomProblems.hypergraph(new Random(9), 60, 150, 4, true);
        Instance instance = TestInstances.maxCut(graph, "random-cut");
        List<ProgressPoint> seen = new CopyOnWriteArrayList<>();

        SolveResult result = solver.solve(instance, quick("tabu", 1_000), new SolveListener() {
            @Override
            public void onNewBest(ProgressPoint point) {
                seen.add(point);
            }
        });

        assertThat(result.solution().objective())
                .isEqualTo(graph.cutWeight(result.solution().values()));
        assertThat(result.bestOverTime()).isEqualTo(seen).isNotEmpty();
        assertThat(seen).extracting(ProgressPoint::phase).containsOnly("construction", "tabu");
        assertThat(seen.get(seen.size() - 1).objective())
                .isEqualTo(result.solution().objective());
        assertThat(seen).extracting(ProgressPoint::objective).isSorted();
        assertThat(result.moveEvaluationSpeed()).isPositive();
        assertThat(result.seed().producer()).isEqualTo("greedy");
        assertThat(result.seedTime()).isPositive();
    }

    @Test
    void neuralConfigReportsItsSeedAndPhase() {
        SolveResult result =
                solver.solve(TestInstances.program(SeedToy.problem()), quick("neural", 2_000), SolveListener.NONE);

        assertThat(result.seed()).isNotNull();
        assertThat(result.seedTime()).isPositive();
        assertThat(result.bestOverTime()).extracting(ProgressPoint::phase).containsOnly("neural");
        assertThat(result.solution().objective())
                .isEqualTo(result.seed().solution().objective());
    }

    @Test
    void xmlFileConfigRunsAndForwardsTrainingProgress(@TempDir Path dir) throws IOException {
        Path xml = dir.resolve("scripted.xml");
        String shipped = new String(
                getClass()
                        .getClassLoader()
                        .getResourceAsStream(SolverConfigs.resource("neural-tabu", MaxCutSolution.class))
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        Files.writeString(
                xml,
                shipped.replace(
                        "io.hyperseed.optaplanner.phase.NeuralPhaseCommand",
                        "io.hyperseed.optaplanner.phase.ScriptedPhaseCommand"));
        ScriptedPhaseHook.trainUntilStopped();
        List<SeedProgress> progress = new CopyOnWriteArrayList<>();
        Instance instance = TestInstances.maxCut(RandomProblems.hypergraph(new Random(4), 30, 60, 3, false), "r");

        SolveResult result = solver.solve(instance, quick(xml.toString(), 1_000), new SolveListener() {
            @Override
            public void onSeedProgress(SeedProgress p) {
                progress.add(p);
            }
        });

        assertThat(progress).isNotEmpty();
        assertThat(result.seed().producer()).isEqualTo("scripted");
        assertThat(result.bestOverTime())
                .extracting(ProgressPoint::phase)
                .contains("neural")
                .last()
                .isIn("neural", "tabu");
    }

    @Test
    void interruptStopsTheSolveWithTheBestSoFar() throws InterruptedException {
        Instance instance =
                TestInstances.maxCut(RandomProblems.hypergraph(new Random(5), 300, 900, 4, false), "interrupted");
        AtomicReference<SolveResult> result = new AtomicReference<>();
        Thread worker = new Thread(() -> result.set(solver.solve(instance, quick("tabu", 60_000), SolveListener.NONE)));

        worker.start();
        Thread.sleep(1_500);
        worker.interrupt();
        worker.join(20_000);

        assertThat(worker.isAlive()).isFalse();
        assertThat(result.get().totalTime()).isLessThan(Duration.ofSeconds(20));
        assertThat(result.get().solution().objective()).isPositive();
    }

    @Test
    void neuralPhaseGetsItsShareOfTheBudgetTheRunSeedAndTheDevice() {
        SolverConfig config = SolverConfigs.builtIn("neural-tabu", MaxCutSolution.class);

        OptaplannerHybridSolver.configure(
                config,
                new SolveOptions("neural-tabu", Duration.ofSeconds(10), 5L, "gpu", Map.of()),
                Duration.ofSeconds(10));

        CustomPhaseConfig neural =
                (CustomPhaseConfig) config.getPhaseConfigList().get(0);
        assertThat(neural.getCustomProperties())
                .containsEntry("timeLimit", "3000ms")
                .containsEntry("seed", "5")
                .containsEntry("device", "gpu");
        assertThat(neural.getTerminationConfig().getMillisecondsSpentLimit()).isEqualTo(3_000L);
        assertThat(config.getTerminationConfig().getMillisecondsSpentLimit()).isEqualTo(10_000L);
        assertThat(config.getTerminationConfig().getSecondsSpentLimit()).isNull();
        assertThat(config.getRandomSeed()).isEqualTo(5L);
    }

    @Test
    void explicitNeuralTimeLimitIsCappedAtTheWholeBudget() {
        SolverConfig config = SolverConfigs.builtIn("neural-tabu", ProgramSolution.class);

        OptaplannerHybridSolver.configure(
                config,
                new SolveOptions(
                        "neural-tabu", Duration.ofSeconds(10), 5L, "auto", Map.of("timeLimit", "8s", "seed", "9")),
                Duration.ofSeconds(10));

        CustomPhaseConfig neural =
                (CustomPhaseConfig) config.getPhaseConfigList().get(0);
        assertThat(neural.getCustomProperties())
                .containsEntry("timeLimit", "8s")
                .containsEntry("seed", "9")
                .doesNotContainKey("device");
        assertThat(neural.getTerminationConfig().getMillisecondsSpentLimit()).isEqualTo(10_000L);
    }

    @Test
    void unknownConfigNameFailsWithTheBuiltInNames() {
        assertThatThrownBy(() -> solver.solve(
                        TestInstances.program(SeedToy.problem()), quick("tabu-search", 500), SolveListener.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(tabu-search)")
                .hasMessageContaining("neural-tabu")
                .hasMessageContaining("Maybe");
    }

    @Test
    void unknownNeuralPropertyFailsBeforeSolving() {
        SolveOptions options = new SolveOptions("neural-tabu", Duration.ofSeconds(1), 1L, "cpu", Map.of("epoch", "10"));

        assertThatThrownBy(() -> solver.solve(TestInstances.program(SeedToy.problem()), options, SolveListener.NONE))
                .hasMessageContaining("(epoch)")
                .hasMessageContaining("epochs");
    }

    @Test
    void maxCutConfigOnAProgramFailsWithAHint(@TempDir Path dir) throws IOException {
        Path xml = dir.resolve("maxcut-tabu.xml");
        Files.write(
                xml,
                getClass()
                        .getClassLoader()
                        .getResourceAsStream(SolverConfigs.resource("tabu", MaxCutSolution.class))
                        .readAllBytes());
        Instance program = TestInstances.program(RandomProblems.constrained(new Random(1), 8, 10, Sense.MINIMIZE));

        assertThatThrownBy(() -> solver.solve(program, quick(xml.toString(), 500), SolveListener.NONE))
                .hasMessageContaining("is not a max-cut instance")
                .hasMessageContaining("Maybe");
    }

    private static SolveOptions quick(String config, long millis) {
        return new SolveOptions(config, Duration.ofMillis(millis), 3L, "cpu", Solving.QUICK_NEURAL);
    }
}
