package io.hyperseed.graphap.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hyperseed.graphap.TinyGraphs;
import io.hyperseed.graphap.data.LabeledGraph;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HittingTimesTest {

    private static final double EPS = 1e-9;

    /**
     * Path a-b-c (0-1-2). To reach c from a: h(b) = 1 + h(a)/2 and h(a) = 1 + h(b), so h(b) = 3, h(a) = 4. To reach b
     * from a: one step, H(a,b) = 1. To reach a from b: h(b) = 1 + h(c)/2, h(c) = 1 + h(b), so H(b,a) = 3, H(c,a) = 4.
     */
    @Test
    void pathOfThreeMatchesHandComputation() {
        double[][] h = new HittingTimes().compute(TinyGraphs.path(3, 0, 0));
        assertThat(h[0][2]).isCloseTo(4, within(EPS));
        assertThat(h[1][2]).isCloseTo(3, within(EPS));
        assertThat(h[0][1]).isCloseTo(1, within(EPS));
        assertThat(h[1][0]).isCloseTo(3, within(EPS));
        assertThat(h[2][0]).isCloseTo(4, within(EPS));
        assertThat(h[1][1]).isZero();
    }

    /** Triangle: from any node the target is hit with probability 1/2 per step, so H = 1 / (1/2) = 2. */
    @Test
    void triangleHasHittingTimeTwo() {
        double[][] h = new HittingTimes().compute(TinyGraphs.cycle(3, 0, 0));
        for (int s = 0; s < 3; s++) {
            for (int e = 0; e < 3; e++) {
                assertThat(h[s][e]).isCloseTo(s == e ? 0 : 2, within(EPS));
            }
        }
    }

    /** The defining recurrence h_e(s) = 1 + mean over neighbours t of h_e(t) holds on an irregular graph. */
    @Test
    void satisfiesTheOneStepRecurrence() {
        LabeledGraph graph = TinyGraphs.twoTriangles(0);
        double[][] h = new HittingTimes().compute(graph);
        int n = graph.nodeCount();
        double[][] neighbourSum = new double[n][n];
        int[] degree = graph.degrees();
        for (int e = 0; e < graph.edgeCount(); e++) {
            int a = graph.source(e);
            int b = graph.target(e);
            for (int target = 0; target < n; target++) {
                neighbourSum[a][target] += h[b][target];
                neighbourSum[b][target] += h[a][target];
            }
        }
        for (int s = 0; s < n; s++) {
            for (int target = 0; target < n; target++) {
                if (s != target) {
                    assertThat(h[s][target]).isCloseTo(1 + neighbourSum[s][target] / degree[s], within(1e-8));
                }
            }
        }
    }

    @Test
    void pairsInDifferentComponentsAreInfinite() {
        LabeledGraph twoEdgesAndIsolated = new LabeledGraph(5, new int[] {0, 2}, new int[] {1, 3}, new int[5], 0);
        double[][] h = new HittingTimes().compute(twoEdgesAndIsolated);
        assertThat(h[0][1]).isCloseTo(1, within(EPS));
        assertThat(h[2][3]).isCloseTo(1, within(EPS));
        assertThat(h[0][2]).isInfinite();
        assertThat(h[4][0]).isInfinite();
        assertThat(h[4][4]).isZero();
    }

    /**
     * Path a-b-c with w(a,b) = 1, w(b,c) = 2: from b the walk goes to a with probability 1/3. H(b,c) = 1 + H(a,c)/3
     * and H(a,c) = 1 + H(b,c), so H(a,c) = 3 and H(b,c) = 2; H(b,a) = 1 + 2 H(c,a)/3 and H(c,a) = 1 + H(b,a), so
     * H(b,a) = 5.
     */
    @Test
    void weightedPathMatchesHandComputation() {
        double[][] h = new HittingTimes().compute(TinyGraphs.path(3, 0, 0), new double[] {1, 2});
        assertThat(h[0][2]).isCloseTo(3, within(EPS));
        assertThat(h[1][2]).isCloseTo(2, within(EPS));
        assertThat(h[1][0]).isCloseTo(5, within(EPS));
    }

    /** h_e(s) = 1 + sum over neighbours t of w(s,t) / w(s) h_e(t) on an irregular graph with uneven weights. */
    @Test
    void weightedWalkSatisfiesTheOneStepRecurrence() {
        LabeledGraph graph = TinyGraphs.twoTriangles(0);
        Random random = new Random(3);
        double[] weights = new double[graph.edgeCount()];
        for (int e = 0; e < weights.length; e++) {
            weights[e] = 0.1 + random.nextDouble() * 3;
        }
        double[][] h = new HittingTimes().compute(graph, weights);
        int n = graph.nodeCount();
        double[][] neighbourSum = new double[n][n];
        double[] strength = new double[n];
        for (int e = 0; e < graph.edgeCount(); e++) {
            int a = graph.source(e);
            int b = graph.target(e);
            strength[a] += weights[e];
            strength[b] += weights[e];
            for (int target = 0; target < n; target++) {
                neighbourSum[a][target] += weights[e] * h[b][target];
                neighbourSum[b][target] += weights[e] * h[a][target];
            }
        }
        for (int s = 0; s < n; s++) {
            for (int target = 0; target < n; target++) {
                if (s != target) {
                    assertThat(h[s][target]).isCloseTo(1 + neighbourSum[s][target] / strength[s], within(1e-8));
                }
            }
        }
    }

    @Test
    void nonPositiveWeightIsRejected() {
        assertThatThrownBy(() -> new HittingTimes().compute(TinyGraphs.path(3, 0, 0), new double[] {1, 0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("edge 1: 0.0")
                .hasMessageContaining("Maybe");
    }
}
