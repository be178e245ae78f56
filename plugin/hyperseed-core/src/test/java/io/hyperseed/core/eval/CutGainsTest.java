package io.hyperseed.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.testing.RandomProblems;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CutGainsTest {

    @Test
    void gainsMatchFullReEvaluationAfterLongRandomFlipSequences() {
        Random random = new Random(7);
        for (int trial = 0; trial < 30; trial++) {
            int n = 5 + random.nextInt(40);
            Hypergraph graph =
                    RandomProblems.hypergraph(random, n, 1 + random.nextInt(3 * n), 2 + random.nextInt(5), true);
            Hypergraph integral = integralCopy(graph, random);
            boolean[] x = randomAssignment(random, n);
            CutGains gains = new CutGains(integral, x);
            for (int step = 0; step < 400; step++) {
                int v = random.nextInt(n);
                gains.flip(v);
                x[v] = !x[v];
                if (step % 37 == 0 || step == 399) {
                    assertGainsExact(integral, x, gains);
                }
            }
        }
    }

    @Test
    void bestListsTheLargestGainsFirst() {
        Random random = new Random(3);
        Hypergraph graph = integralCopy(RandomProblems.hypergraph(random, 60, 150, 4, true), random);
        boolean[] x = randomAssignment(random, 60);
        CutGains gains = new CutGains(graph, x);
        for (int step = 0; step < 200; step++) {
            gains.flip(random.nextInt(60));
            int[] best = new int[8];
            assertThat(gains.best(best)).isEqualTo(8);
            long max = Long.MIN_VALUE;
            for (int v = 0; v < 60; v++) {
                max = Math.max(max, gains.softGain(v));
            }
            assertThat(gains.softGain(best[0])).isEqualTo(max);
            for (int i = 1; i < best.length; i++) {
                assertThat(gains.softGain(best[i])).isLessThanOrEqualTo(gains.softGain(best[i - 1]));
            }
            assertThat(best).doesNotHaveDuplicates();
        }
    }

    @Test
    void trackerGainsFollowSetAndResetIncludingNegativeAndSizeOneEdges() {
        Hypergraph graph = Hypergraph.builder(4)
                .mergeDuplicates(false)
                .addEdge(2.0, new int[] {0, 1}, 0, 2)
                .addEdge(-3.0, new int[] {1, 2}, 0, 2)
                .addEdge(5.0, new int[] {3}, 0, 1)
                .addEdge(1.5, new int[] {0, 2, 3}, 0, 3)
                .build();
        ScoreTracker tracker = ScoreTracker.of(graph);
        FlipGains gains = tracker.gains();
        boolean[] x = {false, true, false, true};
        tracker.reset(x);
        Random random = new Random(11);
        for (int step = 0; step < 100; step++) {
            int v = random.nextInt(4);
            x[v] = !x[v];
            tracker.set(v, x[v]);
            for (int u = 0; u < 4; u++) {
                boolean[] y = x.clone();
                y[u] = !y[u];
                long expected = Math.round((graph.cutWeight(y) - graph.cutWeight(x)) * tracker.scale());
                assertThat(gains.softGain(u)).as("gain of %d", u).isEqualTo(expected);
                assertThat(gains.hardGain(u)).isZero();
            }
        }
    }

    private static void assertGainsExact(Hypergraph graph, boolean[] x, CutGains gains) {
        double base = graph.cutWeight(x);
        for (int v = 0; v < x.length; v++) {
            x[v] = !x[v];
            long expected = Math.round(graph.cutWeight(x) - base);
            x[v] = !x[v];
            assertThat(gains.softGain(v)).as("gain of vertex %d", v).isEqualTo(expected);
        }
    }

    private static Hypergraph integralCopy(Hypergraph graph, Random random) {
        Hypergraph.Builder b = Hypergraph.builder(graph.numVertices()).mergeDuplicates(false);
        for (int e = 0; e < graph.numEdges(); e++) {
            int[] vs = graph.edgeVertices(e);
            b.addEdge(random.nextInt(11) - 3, vs, 0, vs.length);
        }
        return b.build();
    }

    private static boolean[] randomAssignment(Random random, int n) {
        boolean[] x = new boolean[n];
        for (int v = 0; v < n; v++) {
            x[v] = random.nextBoolean();
        }
        return x;
    }
}
