package io.hyperseed.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperseed.core.generate.RandomPrograms;
import io.hyperseed.core.io.Format;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.problem.MaxCut;
import io.hyperseed.core.solve.HybridPolicy;
import io.hyperseed.core.solve.HybridSolver;
import io.hyperseed.core.solve.ProgressPoint;
import io.hyperseed.core.solve.SolveListener;
import io.hyperseed.core.solve.SolveOptions;
import io.hyperseed.core.solve.SolveResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The contract every solver adapter keeps ({@link HybridPolicy}): the same cases run against Timefold and
 * OptaPlanner through a subclass each, so a drift between the adapters fails a test. Fast: unseeded configs, budgets
 * of about a second, small generated instances.
 */
public abstract class HybridSolverContract {

    /** The adapter under test. */
    protected abstract HybridSolver solver();

    /** A class in the adapter's jar, to look its shipped configs up. */
    protected abstract Class<?> adapterClass();

    /**
     * The simulated annealing starting temperatures (as the framework writes them, e.g. {@code 0hard/40soft}) of the
     * shipped max-cut config {@code name} once the adapter has scaled them for a solve with {@code options} on
     * {@code instance}; empty when the config has no annealing phase.
     */
    protected abstract List<String> scaledAnnealingTemperatures(String name, SolveOptions options, Instance instance);

    /** A triangle of weight-10 edges: at a best cut, moving the lone vertex loses 20, so the loss unit is 20. */
    private static final Hypergraph HEAVY_TRIANGLE = Hypergraph.builder(3)
            .addEdge(10, new int[] {0, 1}, 0, 2)
            .addEdge(10, new int[] {1, 2}, 0, 2)
            .addEdge(10, new int[] {0, 2}, 0, 2)
            .build();

    private List<String> temperatures(String name, String asGiven) {
        Instance triangle = new Instance(
                "triangle",
                Path.of("triangle.hgr"),
                Format.HMETIS,
                MaxCut.compact(HEAVY_TRIANGLE, "triangle"),
                HEAVY_TRIANGLE);
        SolveOptions options = new SolveOptions(asGiven, Duration.ofSeconds(10), 1, "auto", Map.of());
        return scaledAnnealingTemperatures(name, options, triangle);
    }

    @Test
    void shippedAnnealingTemperaturesAreMultipliedByTheLossUnit() {
        assertThat(temperatures("simulated-annealing", "simulated-annealing")).containsExactly("0hard/40soft");
        assertThat(temperatures("neural-simulated-annealing", "neural-simulated-annealing"))
                .containsExactly("0hard/20soft");
    }

    @Test
    void aUsersOwnXmlAndConfigsWithoutAnnealingKeepTheirTemperatureAsWritten() {
        assertThat(temperatures("simulated-annealing", "my-solver.xml")).containsExactly("0hard/2soft");
        assertThat(temperatures("tabu", "tabu")).isEmpty();
    }

    @Test
    void everyBuiltInConfigIsShippedForBothProblemFamilies() {
        for (String name : SolveOptions.BUILT_IN_CONFIGS) {
            for (boolean maxCut : new boolean[] {true, false}) {
                String resource = HybridPolicy.configResource(solver().framework(), name, maxCut);
                assertThat(adapterClass().getClassLoader().getResource(resource))
                        .as(resource)
                        .isNotNull();
            }
        }
    }

    @Test
    void reducedMaxCutIsReportedAsTheOriginalInstance() {
        Instance instance = reducibleGraph(new Random(4), 120);
        List<ProgressPoint> heard = new ArrayList<>();
        SolveResult result =
                solver().solve(instance, SolveOptions.of("tabu", Duration.ofMillis(1200)), listener(heard));

        assertThat(result.solution().size()).isEqualTo(instance.hypergraph().numVertices());
        assertThat(result.solution().objective())
                .isEqualTo(instance.hypergraph().cutWeight(result.solution().values()));
        assertThat(heard).isNotEmpty();
        assertThat(heard.getLast().objective()).isEqualTo(result.solution().objective());
        assertThat(result.bestOverTime()).isEqualTo(heard);
        assertThat(result.seed().solution().size())
                .isEqualTo(instance.hypergraph().numVertices());
        assertThat(result.bestOverTime()).extracting(ProgressPoint::phase).containsOnly("construction", "tabu");
    }

    @Test
    void reductionOffGivesAValidResultOfTheSameInstance() {
        Instance instance = reducibleGraph(new Random(5), 80);
        SolveResult result = solver().solve(
                        instance,
                        SolveOptions.of("tabu", Duration.ofMillis(800)).withReduce(false),
                        SolveListener.NONE);

        assertThat(result.solution().objective())
                .isEqualTo(instance.hypergraph().cutWeight(result.solution().values()));
    }

    @Test
    void plateauStopEndsTheSearchLongBeforeTheBudget() {
        Instance instance = reducibleGraph(new Random(6), 40);
        SolveResult result = solver().solve(
                        instance,
                        SolveOptions.of("tabu", Duration.ofSeconds(60)).withUnimprovedTimeLimit(Duration.ofMillis(300)),
                        SolveListener.NONE);

        assertThat(result.totalTime()).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void satisfiableSatAndBipartiteCutEndAtTheirProvenOptimumLongBeforeTheBudget() {
        RandomPrograms.PlantedSat sat = RandomPrograms.plantedSat(60, 255, 3, 5);
        Instance formula =
                new Instance("planted", Path.of("planted.cnf"), Format.DIMACS_CNF, sat.toProblem("planted"), null);
        SolveResult satisfied =
                solver().solve(formula, SolveOptions.of("tabu", Duration.ofSeconds(60)), SolveListener.NONE);

        assertThat(satisfied.solution().objective()).isEqualTo(255.0);
        assertThat(satisfied.totalTime()).isLessThan(Duration.ofSeconds(30));

        Hypergraph.Builder torus = Hypergraph.builder(64);
        for (int v = 0; v < 64; v++) {
            torus.addEdge(v, (v + 1) % 8 + v / 8 * 8);
            torus.addEdge(v, (v + 8) % 64);
        }
        Hypergraph grid = torus.build();
        Instance even = new Instance("torus", Path.of("torus.hgr"), Format.HMETIS, MaxCut.compact(grid, "torus"), grid);
        SolveResult cut = solver().solve(even, SolveOptions.of("tabu", Duration.ofSeconds(60)), SolveListener.NONE);

        assertThat(cut.solution().objective()).isEqualTo(128.0);
        assertThat(cut.totalTime()).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void unknownConfigNameIsRejectedWithTheBuiltInNames() {
        Instance instance = reducibleGraph(new Random(7), 10);
        assertThatThrownBy(() -> solver().solve(
                                instance,
                                new SolveOptions("tabou", Duration.ofSeconds(1), 1L, "auto", Map.of()),
                                SolveListener.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tabou")
                .hasMessageContaining("neural-tabu");
    }

    /** A random graph with pendant and series vertices, so that the exact reductions remove something. */
    protected static Instance reducibleGraph(Random random, int n) {
        Hypergraph.Builder b = Hypergraph.builder(n);
        int core = Math.max(4, n / 2);
        for (int e = 0; e < 3 * core; e++) {
            int u = random.nextInt(core);
            int v = random.nextInt(core);
            if (u != v) {
                b.addEdge(1.0 + random.nextInt(3), new int[] {u, v}, 0, 2);
            }
        }
        for (int v = core; v < n; v++) {
            b.addEdge(1.0, new int[] {v, random.nextInt(v)}, 0, 2);
        }
        Hypergraph graph = b.build();
        return new Instance(
                "contract-" + n, Path.of("contract.hgr"), Format.HMETIS, MaxCut.compact(graph, "contract"), graph);
    }

    private static SolveListener listener(List<ProgressPoint> heard) {
        return new SolveListener() {
            @Override
            public void onNewBest(ProgressPoint point) {
                heard.add(point);
            }
        };
    }
}
