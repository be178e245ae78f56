package io.hyperseed.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.reduce.CutReducer;
import io.hyperseed.core.reduce.CutReduction;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cut evaluators on reduction kernels, whose series edges carry negative (and, from real weights, fractional)
 * weights: {@link CutState} deltas and {@link ScoreTracker#of(Hypergraph)} scores agree with a full recount after
 * long random flip sequences.
 */
class CutStateOnKernelsTest {

    @ParameterizedTest
    @CsvSource({"11, 2, int", "12, 2, real", "13, 4, int", "14, 3, real"})
    void evaluatorsAgreeWithRecountOnKernelsWithNegativeWeights(long seed, int maxSize, String weights) {
        Random random = new Random(seed);
        int negativeEdges = 0;
        for (int trial = 0; trial < 12; trial++) {
            int n = 30 + random.nextInt(60);
            Hypergraph g = sparse(random, n, maxSize, weights);
            CutReduction reduction = CutReducer.reduce(g);
            Hypergraph kernel = reduction.kernel();
            int k = kernel.numVertices();
            if (k == 0) {
                continue;
            }
            for (int e = 0; e < kernel.numEdges(); e++) {
                negativeEdges += kernel.edgeWeight(e) < 0 ? 1 : 0;
            }
            boolean[] x = new boolean[k];
            for (int v = 0; v < k; v++) {
                x[v] = random.nextBoolean();
            }
            CutState state = new CutState(kernel, x);
            ScoreTracker tracker = ScoreTracker.of(kernel);
            tracker.reset(x);
            for (int step = 0; step < 200; step++) {
                int v = random.nextInt(k);
                double before = kernel.cutWeight(x);
                x[v] = !x[v];
                double expected = kernel.cutWeight(x) - before;
                assertThat(state.flipDelta(v)).isCloseTo(expected, within(1e-9));
                assertThat(state.flip(v)).isCloseTo(expected, within(1e-9));
                tracker.set(v, x[v]);
                assertThat(state.cut()).isCloseTo(kernel.cutWeight(x), within(1e-9));
                assertThat(tracker.softScore()).isEqualTo(scaledCut(kernel, x, tracker.scale()));
            }
            assertThat(g.cutWeight(reduction.lift(x)))
                    .isCloseTo(state.cut() + reduction.offset(), within(1e-9 * (1 + Math.abs(state.cut()))));
        }
        assertThat(negativeEdges).isPositive();
    }

    /** The cut in fixed point, each weight rounded on its own, summed in {@code long}. */
    private static long scaledCut(Hypergraph g, boolean[] x, long scale) {
        long sum = 0;
        for (int e = 0; e < g.numEdges(); e++) {
            if (g.isCut(e, x)) {
                sum += (long) Math.rint(g.edgeWeight(e) * scale);
            }
        }
        return sum;
    }

    /** About 1.3 hyperedges per vertex: many vertices of degree 1 and 2, so the kernels hold series edges. */
    private static Hypergraph sparse(Random random, int n, int maxSize, String weights) {
        Hypergraph.Builder b = Hypergraph.builder(n);
        int m = n * 13 / 10;
        for (int e = 0; e < m; e++) {
            int size = 2 + random.nextInt(maxSize - 1);
            int[] vs = random.ints(0, n).distinct().limit(size).toArray();
            double w = weights.equals("int")
                    ? 1 + random.nextInt(4)
                    : Math.round((random.nextDouble() * 4 - 1) * 100) / 100.0;
            b.addEdge(w, vs, 0, vs.length);
        }
        return b.build();
    }
}
