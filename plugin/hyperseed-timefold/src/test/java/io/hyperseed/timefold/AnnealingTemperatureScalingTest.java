package io.hyperseed.timefold;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import io.hyperseed.core.io.Format;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.problem.MaxCut;
import io.hyperseed.core.solve.SolveOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A shipped simulated annealing config gets its temperature in the instance's loss units; other configs do not. */
class AnnealingTemperatureScalingTest {

    /** A triangle of weight-10 edges: at a best cut, moving the lone vertex loses 20, so the loss unit is 20. */
    private static final Hypergraph TRIANGLE = Hypergraph.builder(3)
            .addEdge(10, new int[] {0, 1}, 0, 2)
            .addEdge(10, new int[] {1, 2}, 0, 2)
            .addEdge(10, new int[] {0, 2}, 0, 2)
            .build();

    private static final Instance INSTANCE = new Instance(
            "triangle", Path.of("triangle.hgr"), Format.HMETIS, MaxCut.compact(TRIANGLE, "triangle"), TRIANGLE);

    @Test
    void shippedTemperaturesAreMultipliedByTheLossUnit() {
        assertThat(temperatures("simulated-annealing", "simulated-annealing")).containsExactly("0hard/40soft");
        assertThat(temperatures("neural-simulated-annealing", "neural-simulated-annealing"))
                .containsExactly("0hard/20soft");
    }

    @Test
    void aUsersOwnXmlAndConfigsWithoutAnnealingAreLeftAsWritten() {
        assertThat(temperatures("simulated-annealing", "my-solver.xml")).containsExactly("0hard/2soft");
        assertThat(temperatures("tabu", "tabu")).isEmpty();
    }

    /** The starting temperatures of the config {@code name} once scaled for a solve that names {@code asGiven}. */
    private static List<String> temperatures(String name, String asGiven) {
        SolverConfig config = BuiltInConfigs.load(name, true);
        SolveOptions options = new SolveOptions(asGiven, Duration.ofSeconds(10), 1, "auto", Map.of());
        TimefoldHybridSolver.scaleAnnealingTemperatures(config, options, INSTANCE, System.nanoTime());
        return config.getPhaseConfigList().stream()
                .filter(p -> p instanceof LocalSearchPhaseConfig l
                        && l.getAcceptorConfig() != null
                        && l.getAcceptorConfig().getSimulatedAnnealingStartingTemperature() != null)
                .map(p -> ((LocalSearchPhaseConfig) p).getAcceptorConfig().getSimulatedAnnealingStartingTemperature())
                .toList();
    }
}
