package io.hyperseed.core.reduce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hyperseed.core.baseline.BruteForce;
import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.problem.MaxCut;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CutReducerTest {

    private static Hypergraph graph(int n, double[][] edges) {
        Hypergraph.Builder b = Hypergraph.builder(n);
        for (double[] e : edges) {
            int[] vs = new int[e.length - 1];
            for (int k = 0; k < vs.length; k++) {
                vs[k] = (int) e[k + 1];
            }
            b.addEdge(e[0], vs, 0, vs.length);
        }
        return b.build();
    }

    @Test
    void aPathReducesToNothingAndEveryEdgeIsCut() {
        Hypergraph path = graph(5, new double[][] {{2, 0, 1}, {3, 1, 2}, {1.5, 2, 3}, {4, 3, 4}});
        CutReduction r = CutReducer.reduce(path);
        assertThat(r.kernel().numVertices()).isZero();
        assertThat(r.offset()).isEqualTo(10.5);
        assertThat(path.cutWeight(r.lift(new boolean[0]))).isEqualTo(10.5);
    }

    @Test
    void aStopBeforeTheEndGivesNoReductionAndALateStopTheWholeOne() {
        Hypergraph path = graph(5, new double[][] {{2, 0, 1}, {3, 1, 2}, {1.5, 2, 3}, {4, 3, 4}});
        assertThat(CutReducer.reduce(path, () -> true)).isNull();
        CutReduction full = CutReducer.reduce(path, () -> false);
        assertThat(full.kernel().numVertices()).isZero();
        assertThat(full.offset()).isEqualTo(10.5);
    }

    @Test
    void aReductionProjectedPastItsTimeGivesUpAndOneWithTimeToSpareIsWhole() {
        Random random = new Random(5);
        int m = CutReducer.PROJECTION_MIN_EDGES;
        Hypergraph.Builder b = Hypergraph.builder(m);
        for (int e = 0; e < m; e++) {
            b.addEdge(1.0, new int[] {random.nextInt(m / 2), m / 2 + random.nextInt(m / 2)}, 0, 2);
        }
        Hypergraph g = b.build();
        Hypergraph small = graph(5, new double[][] {{2, 0, 1}, {3, 1, 2}, {1.5, 2, 3}, {4, 3, 4}});

        assertThat(CutReducer.reduce(g, () -> false, Duration.ofNanos(1))).isNull();
        // too small to project from: only the stop signal ends it
        assertThat(CutReducer.reduce(small, () -> false, Duration.ofNanos(1))).isNotNull();
        CutReduction spare = CutReducer.reduce(g, () -> false, Duration.ofHours(1));
        CutReduction unlimited = CutReducer.reduce(g);
        assertThat(spare.offset()).isEqualTo(unlimited.offset());
        assertThat(spare.kernel().numVertices()).isEqualTo(unlimited.kernel().numVertices());
        assertThat(spare.kernel().numPins()).isEqualTo(unlimited.kernel().numPins());
    }

    @Test
    void aNegativePendantEdgeIsNeverCut() {
        // K4 on 0..3 (nothing to reduce) and a pendant edge 3-4 of weight -3
        Hypergraph g =
                graph(5, new double[][] {{1, 0, 1}, {1, 0, 2}, {1, 0, 3}, {1, 1, 2}, {1, 1, 3}, {1, 2, 3}, {-3, 3, 4}});
        CutReduction r = CutReducer.reduce(g);
        assertThat(r.kernelVertexOf()).containsExactly(0, 1, 2, 3, -1);
        assertThat(r.kernel().numEdges()).isEqualTo(6);
        assertThat(r.offset()).isZero();
        boolean[] lifted = r.lift(new boolean[] {true, false, false, true});
        assertThat(lifted[4]).isTrue();
    }

    @Test
    void aSeriesVertexBecomesAnEdgeOfMinusTheLighterWeightMergedWithAnExistingOne() {
        // 4-cycle 0-1-2-3-0 with a chord 0-2: vertices 1 and 3 are series vertices between 0 and 2.
        Hypergraph g = graph(4, new double[][] {{2, 0, 1}, {5, 1, 2}, {3, 2, 3}, {1, 3, 0}, {1, 0, 2}});
        CutReduction r = CutReducer.reduce(g);
        // 1 (between 0 and 2, weights 2 and 5): constant 7 and edge 0-2 of -2, which merges with the chord: -1.
        // 2 is then a series vertex between 3 (weight 3) and 0 (weight -1): constant 2 and edge 0-3 of 1, merged
        // with 3-0: 2. That edge is a degree-1 edge: cut, 2 more. Max cut 11: {1, 3} against {0, 2}.
        assertThat(r.offset()).isEqualTo(11.0);
        assertThat(r.kernel().numVertices()).isZero();
        assertThat(g.cutWeight(r.lift(new boolean[0]))).isEqualTo(11.0);
        assertThat(r.summary()).contains("series 2");
    }

    @Test
    void aHyperedgeWithAVertexInNoOtherHyperedgeIsAlwaysCut() {
        // every 3-subset of 0..3 (nothing to reduce), and {0, 1, 4}: vertex 4 lies in no other hyperedge
        Hypergraph g = graph(5, new double[][] {{1, 0, 1, 2}, {1, 1, 2, 3}, {1, 0, 2, 3}, {1, 0, 1, 3}, {3, 0, 1, 4}});
        CutReduction r = CutReducer.reduce(g);
        assertThat(r.offset()).isEqualTo(3.0);
        assertThat(r.kernel().numEdges()).isEqualTo(4);
        assertThat(r.kernelVertexOf()[4]).isEqualTo(-1);
        assertThat(r.summary()).contains("degree-1 cut 1");
    }

    @Test
    void aVertexWhosePositiveHyperedgesShareAnotherVertexIsDominated() {
        // vertex 4 lies in {0, 1, 4} and {1, 2, 4}, which share vertex 1: put 4 opposite to 1 and both are cut
        Hypergraph g = graph(
                5, new double[][] {{1, 0, 1, 2}, {1, 1, 2, 3}, {1, 0, 2, 3}, {1, 0, 1, 3}, {3, 0, 1, 4}, {2, 1, 2, 4}});
        CutReduction r = CutReducer.reduce(g);
        assertThat(r.offset()).isEqualTo(5.0);
        assertThat(r.kernel().numEdges()).isEqualTo(4);
        assertThat(r.summary()).contains("dominated 1");
        boolean[] lifted = r.lift(new boolean[] {false, false, false, false});
        assertThat(g.cutWeight(lifted)).isEqualTo(5.0);
    }

    @Test
    void dropsSizeOneAndZeroWeightHyperedgesAndMergesDuplicates() {
        Hypergraph g = graph(4, new double[][] {
            {5, 2}, {0, 0, 1, 2}, {1, 0, 1, 3}, {2, 3, 1, 0}, {1, 1, 2, 3}, {1, 0, 2, 3}, {-1, 0, 2, 3}
        });
        CutReduction r = CutReducer.reduce(g);
        // left: {0, 1, 3} of weight 3 and {1, 2, 3} of 1, each with a vertex in no other hyperedge
        assertThat(r.summary()).contains("merged 2").contains("dropped 3").contains("degree-1 cut 2");
        assertThat(r.offset()).isEqualTo(4.0);
        assertThat(r.kernel().numEdges()).isZero();
    }

    @Test
    void leavesACompleteGraphAlone() {
        Hypergraph.Builder b = Hypergraph.builder(5);
        for (int u = 0; u < 5; u++) {
            for (int v = u + 1; v < 5; v++) {
                b.addEdge(u, v);
            }
        }
        CutReduction r = CutReducer.reduce(b.build());
        assertThat(r.kernel().numVertices()).isEqualTo(5);
        assertThat(r.kernel().numEdges()).isEqualTo(10);
        assertThat(r.offset()).isZero();
    }

    @Test
    void liftRejectsAnAssignmentOfTheWrongLength() {
        CutReduction r = CutReducer.reduce(graph(3, new double[][] {{1, 0, 1}}));
        assertThatThrownBy(() -> r.lift(new boolean[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(3)");
    }

    @Test
    void keepsVertexNames() {
        Hypergraph g = Hypergraph.builder(4)
                .vertexNames(new String[] {"a", "b", "c", "d"})
                .addEdge(0, 1, 2)
                .addEdge(1, 2, 3)
                .addEdge(0, 2, 3)
                .addEdge(0, 1, 3)
                .build();
        CutReduction r = CutReducer.reduce(g);
        assertThat(r.kernel().numVertices()).isEqualTo(4);
        assertThat(r.kernel().vertexName(3)).isEqualTo("d");
    }

    /**
     * Random small instances: the kernel's optimum plus the offset is the original optimum (both by brute force),
     * the lifted kernel optimum reaches it, and the identity holds for random assignments.
     */
    @ParameterizedTest
    @CsvSource({
        // seed, instances, max n, edges per vertex (x10), max edge size, weights (int / real / unit)
        "1, 60, 12, 8, 2, int",
        "2, 60, 14, 15, 2, int",
        "3, 40, 16, 30, 2, real",
        "4, 60, 12, 10, 4, int",
        "5, 40, 14, 20, 5, real",
        "6, 60, 10, 6, 3, unit",
        "7, 40, 16, 12, 3, int",
    })
    void kernelOptimumPlusOffsetIsTheOriginalOptimum(
            long seed, int instances, int maxN, int density, int maxSize, String weights) {
        Random random = new Random(seed);
        int reducedSomewhere = 0;
        for (int i = 0; i < instances; i++) {
            int n = 1 + random.nextInt(maxN);
            int m = Math.max(1, n * density / 10 + random.nextInt(3) - 1);
            Hypergraph g = randomHypergraph(random, n, m, maxSize, weights);
            CutReduction r = CutReducer.reduce(g);
            Hypergraph kernel = r.kernel();
            if (kernel.numVertices() < n) {
                reducedSomewhere++;
            }
            double original = BruteForce.solve(MaxCut.compact(g, "g")).objective();
            Solution best = BruteForce.solve(MaxCut.compact(kernel, "k"));
            double tolerance = 1e-9 * (1 + Math.abs(original));
            assertThat(best.objective() + r.offset())
                    .as("instance %d of seed %d: %s", i, seed, r.summary())
                    .isCloseTo(original, within(tolerance));
            assertThat(g.cutWeight(r.lift(best.values()))).isCloseTo(original, within(tolerance));
            for (int t = 0; t < 20; t++) {
                boolean[] x = new boolean[kernel.numVertices()];
                for (int v = 0; v < x.length; v++) {
                    x[v] = random.nextBoolean();
                }
                boolean[] lifted = r.lift(x);
                assertThat(r.restrict(lifted)).isEqualTo(x);
                assertThat(g.cutWeight(lifted))
                        .as("identity, instance %d of seed %d", i, seed)
                        .isCloseTo(kernel.cutWeight(x) + r.offset(), within(tolerance));
            }
        }
        assertThat(reducedSomewhere).isPositive();
    }

    private static Hypergraph randomHypergraph(Random random, int n, int m, int maxSize, String weights) {
        Hypergraph.Builder b = Hypergraph.builder(n);
        for (int e = 0; e < m; e++) {
            int size = 1 + random.nextInt(Math.min(maxSize, n));
            if (size == 1 && random.nextInt(4) != 0) {
                size = Math.min(2, n); // size-1 hyperedges, but not too many
            }
            int[] vs = random.ints(0, n).distinct().limit(size).toArray();
            double w = switch (weights) {
                case "int" -> random.nextInt(9) - 3;
                case "real" -> random.nextInt(5) == 0 ? 0.0 : Math.round((random.nextDouble() * 6 - 2) * 1000) / 1000.0;
                default -> 1.0;
            };
            b.addEdge(w, vs, 0, vs.length);
        }
        return b.build();
    }
}
