package io.hyperseed.core.generate;

import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.IndexSet;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random hypergraphs in the style of HypOp's synthetic instances: {@code m} distinct unweighted hyperedges
 * over {@code n} vertices, sizes in {@code [minSize, maxSize]} drawn from a geometric law that halves with each
 * extra vertex (mostly small hyperedges, a few large ones, as in HypOp's files), vertices uniform without
 * repetition. Vertices may stay isolated. Expected {@code O(m * maxSize)} time; deterministic for a given seed.
 */
public final class RandomHypergraphs {

    private RandomHypergraphs() {}

    /**
     * A random hypergraph.
     *
     * @param n vertices, at least {@code maxSize}
     * @param m hyperedges; must not exceed what the sizes allow (checked by a bounded number of redraws)
     * @param minSize the smallest hyperedge size, at least 1
     * @param maxSize the largest hyperedge size
     * @param seed the random seed
     */
    public static Hypergraph generate(int n, int m, int minSize, int maxSize, long seed) {
        if (minSize < 1 || maxSize < minSize || maxSize > n) {
            throw new IllegalArgumentException("The hyperedge sizes [" + minSize + ", " + maxSize
                    + "] must satisfy 1 <= minSize <= maxSize <= n (" + n + ").");
        }
        if (m < 0) {
            throw new IllegalArgumentException("The number of hyperedges (" + m + ") must not be negative.");
        }
        Random random = new Random(seed);
        Hypergraph.Builder builder = Hypergraph.builder(n);
        Set<IndexSet> seen = new HashSet<>();
        int[] edge = new int[maxSize];
        int attempts = 0;
        while (builder.numEdges() < m) {
            if (++attempts > 100L * m + 1000) {
                throw new IllegalArgumentException("Could not draw " + m + " distinct hyperedges of sizes [" + minSize
                        + ", " + maxSize + "] over " + n + " vertices. Maybe ask for fewer?");
            }
            int size = minSize;
            while (size < maxSize && random.nextBoolean()) {
                size++;
            }
            int filled = 0;
            while (filled < size) {
                int v = random.nextInt(n);
                boolean repeated = false;
                for (int k = 0; k < filled && !repeated; k++) {
                    repeated = edge[k] == v;
                }
                if (!repeated) {
                    edge[filled++] = v;
                }
            }
            int[] sorted = Arrays.copyOf(edge, size);
            Arrays.sort(sorted);
            if (seen.add(new IndexSet(sorted))) {
                builder.addEdge(1.0, edge, 0, size);
            }
        }
        return builder.build();
    }

    /** A random simple graph: {@code m} distinct edges, unit weights. */
    public static Hypergraph graph(int n, int m, long seed) {
        return generate(n, m, 2, 2, seed);
    }
}
