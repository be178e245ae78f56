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
