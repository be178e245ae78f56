package io.hyperseed.timefold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import io.hyperseed.core.io.Format;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.problem.MaxCut;
import io.hyperseed.core.seed.SeedProgress;
import io.hyperseed.core.solve.HybridSolver;
import io.hyperseed.core.solve.ProgressPoint;
import io.hyperseed.core.solve.SolveListener;
import io.hyperseed.core.solve.SolveOptions;
import io.hyperseed.core.solve.SolveResult;
import io.hyperseed.core.testing.RandomProblems;
import io.hyperseed.core.testing.SeedToy;
import io.hyperseed.timefold.phase.NeuralConstructionPhase;
import io.hyperseed.timefold.phase.SeedingListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimefoldHybridSolverTest {

    private final TimefoldHybridSolver solver = new TimefoldHybridSolver();

    @Test
    void isRegisteredForTheServiceLoaderAsTimefold() {
        assertThat(ServiceLoader.load(HybridSolver.class).stream()
                        .map(p -> p.get().framework()))
                .contains("timefold");
    }

    @Test
    void maxCutSolveReportsEachNewBestWithItsPhaseAndReEvaluatesTheResult() {
        Instance instance = maxCutInstance(60, 150, 1);
        List<ProgressPoint> heard = new ArrayList<>();
        SolveListener listener = new SolveListener() {
            @Override
            public void onNewBest(ProgressPoint point) {
                heard.add(point);
            }
        };

        SolveResult result = solver.solve(instance, SolveOptions.of("tabu", Duration.ofMillis(1500)), listener);

        assertThat(result.framework()).isEqualTo("timefold");
        assertThat(result.solution().objective())
                .isEqualTo(instance.hypergraph().cutWeight(result.solution().values()));
        assertThat(result.bestOverTime()).isEqualTo(heard).isNotEmpty();
        assertThat(result.bestOverTime().get(0).phase()).isEqualTo("construction");
        assertThat(result.bestOverTime()).extracting(ProgressPoint::phase).containsOnly("construction", "tabu");
        assertThat(result.bestOverTime().getLast().objective())
                .isEqualTo(result.solution().objective());
        assertThat(result.seed()).isNotNull();
        assertThat(result.solution().objective())
                .isGreaterThanOrEqualTo(result.seed().solution().objective());
        assertThat(result.moveEvaluationSpeed()).isPositive();
        assertThat(result.totalTime()).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void programNeuralTabuEndsFeasibleAndReportsTheNeuralPhaseFirst() {
        Instance instance = new Instance("seed-toy", Path.of("seed-toy.pubo"), Format.PUBO, SeedToy.problem(), null);
        List<SeedProgress> progress = new ArrayList<>();
        SolveListener listener = new SolveListener() {
            @Override
            public void onSeedProgress(SeedProgress p) {
                progress.add(p);
            }
        };
        SolveOptions options = new SolveOptions(
                "neural-tabu", Duration.ofSeconds(8), 5L, "cpu", Map.of("epochs", "40", "timeLimit", "5s"));

        SolveResult result = solver.solve(instance, options, listener);

        assertThat(result.solution().isFeasible()).isTrue();
        assertThat(result.solution().objective()).isCloseTo(SeedToy.OPTIMUM, Offset.offset(1e-9));
        assertThat(result.seed()).isNotNull();
        assertThat(result.bestOverTime().get(0).phase()).isEqualTo("neural");
        if (result.seed().details().get("epochs") instanceof Number epochs && epochs.intValue() > 0) {
            assertThat(progress).as("training progress of a neural seed").isNotEmpty();
        }
    }

    @Test
    void neuralPhaseGetsItsShareOfTheBudgetTheSeedAndTheDevice() {
        SolverConfig config = BuiltInConfigs.load("neural-tabu", true);
        SolveOptions options = new SolveOptions("neural-tabu", Duration.ofSeconds(10), 99L, "cpu", Map.of());

        List<String> names =
                TimefoldHybridSolver.prepareSeedingPhases(config, options, options.timeLimit(), SeedingListener.NONE);

        assertThat(names).containsExactly("neural", "tabu");
        NeuralConstructionPhase<?> phase = neuralPhase(config);
        assertThat(phase.toConfig().timeLimit()).isEqualTo(Duration.ofSeconds(3));
        assertThat(phase.toConfig().device()).isEqualTo("cpu");
        assertThat(phase.seedOverride()).hasValue(99L);
    }

    @Test
    void neuralOnlyConfigGivesTheNeuralPhaseTheWholeBudget() {
        SolverConfig config = BuiltInConfigs.load("neural", true);
        SolveOptions options = new SolveOptions("neural", Duration.ofSeconds(10), 1L, "auto", Map.of());

        TimefoldHybridSolver.prepareSeedingPhases(config, options, options.timeLimit(), SeedingListener.NONE);

        assertThat(neuralPhase(config).toConfig().timeLimit()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void explicitNeuralPropertiesOverrideTheShareAndTheSeed() {
        SolverConfig config = BuiltInConfigs.load("neural-tabu", false);
        SolveOptions options = new SolveOptions(
                "neural-tabu",
                Duration.ofSeconds(10),
                99L,
                "auto",
                Map.of("timeLimit", "6s", "seed", "4", "epochs", "77"));

        TimefoldHybridSolver.prepareSeedingPhases(config, options, options.timeLimit(), SeedingListener.NONE);

        NeuralConstructionPhase<?> phase = neuralPhase(config);
        assertThat(phase.toConfig().timeLimit()).isEqualTo(Duration.ofSeconds(6));
        assertThat(phase.toConfig().epochs()).isEqualTo(77);
        assertThat(phase.seedOverride()).hasValue(4L);
    }

    @Test
    void solverXmlPathWorksLikeTheBuiltInName(@TempDir Path dir) throws IOException {
        Path xml = dir.resolve("my-tabu.xml");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(BuiltInConfigs.resource("tabu", true))) {
            Files.copy(in, xml);
        }
        Instance instance = maxCutInstance(30, 60, 2);

        SolveResult result =
                solver.solve(instance, SolveOptions.of(xml.toString(), Duration.ofMillis(500)), SolveListener.NONE);

        assertThat(result.config()).isEqualTo(xml.toString());
        assertThat(result.solution().objective())
                .isEqualTo(instance.hypergraph().cutWeight(result.solution().values()));
        assertThatThrownBy(() -> solver.solve(
                        instance,
                        SolveOptions.of(dir.resolve("missing.xml").toString(), Duration.ofSeconds(1)),
                        SolveListener.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing.xml");
    }

    @Test
    void interruptEndsTheSolveEarlyWithTheBestSoFar() throws InterruptedException {
        Instance instance = maxCutInstance(300, 1200, 3);
        AtomicReference<SolveResult> result = new AtomicReference<>();
        Thread thread = new Thread(() -> result.set(
                solver.solve(instance, SolveOptions.of("tabu", Duration.ofSeconds(60)), SolveListener.NONE)));
        thread.start();
        Thread.sleep(800);
        thread.interrupt();
        thread.join(20_000);

        assertThat(thread.isAlive()).isFalse();
        assertThat(result.get()).isNotNull();
        assertThat(result.get().totalTime()).isLessThan(Duration.ofSeconds(30));
    }

    private static NeuralConstructionPhase<?> neuralPhase(SolverConfig config) {
        CustomPhaseConfig custom =
                (CustomPhaseConfig) config.getPhaseConfigList().get(0);
        assertThat(custom.getCustomPhaseCommandClassList()).isNull();
        return (NeuralConstructionPhase<?>) custom.getCustomPhaseCommandList().get(0);
    }

    private static Instance maxCutInstance(int n, int m, long seed) {
        Hypergraph graph = RandomProblems.hypergraph(new Random(seed), n, m, 4, false);
        return new Instance("random", Path.of("random.hgr"), Format.HMETIS, MaxCut.compact(graph, "random"), graph);
    }
}
