package io.hyperseed.graphap;

import io.hyperseed.graphap.data.LabeledGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Small generated graphs for tests; nothing here reads ../shared. */
public final class TinyGraphs {

    private TinyGraphs() {}

    /** Path 0-1-...-(n-1). */
    public static LabeledGraph path(int n, int nodeLabel, int label) {
        int[] s = new int[n - 1];
        int[] t = new int[n - 1];
        for (int i = 0; i + 1 < n; i++) {
            s[i] = i;
            t[i] = i + 1;
        }
        return new LabeledGraph(n, s, t, filled(n, nodeLabel), label);
    }

    /** Cycle on n >= 3 nodes. */
    public static LabeledGraph cycle(int n, int nodeLabel, int label) {
        int[] s = new int[n];
        int[] t = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = Math.min(i, (i + 1) % n);
            t[i] = Math.max(i, (i + 1) % n);
        }
        return new LabeledGraph(n, s, t, filled(n, nodeLabel), label);
    }

    /** Two triangles {0,1,2} and {3,4,5} joined by the edge 2-3. */
    public static LabeledGraph twoTriangles(int label) {
        return new LabeledGraph(
                6,
                new int[] {0, 0, 1, 2, 3, 3, 4},
                new int[] {1, 2, 2, 3, 4, 5, 5},
                new int[] {0, 1, 0, 1, 0, 1},
                label);
    }

    /**
     * A separable two-class set: class 0 are cycles whose nodes carry label 0, class 1 are paths whose nodes carry
     * label 1; sizes vary with the seed.
     */
    public static List<LabeledGraph> separableSet(int count, long seed) {
        Random random = new Random(seed);
        List<LabeledGraph> graphs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = 4 + random.nextInt(6);
            graphs.add(i % 2 == 0 ? cycle(n, 0, 0) : path(n, 1, 1));
        }
        return graphs;
    }

    private static int[] filled(int n, int value) {
        int[] values = new int[n];
        Arrays.fill(values, value);
        return values;
    }
}
