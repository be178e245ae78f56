package io.hyperseed.graphap.cluster;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Affinity propagation (Frey and Dueck 2007, "Clustering by passing messages between data points", Science 315) on a
 * precomputed similarity matrix. Responsibilities and availabilities are damped; the preference (diagonal) is the
 * median of all n^2 input similarities, as in scikit-learn. Points {@code k} with {@code A(k,k) + R(k,k) > 0} are
 * exemplars; the run stops when the exemplar set has stayed unchanged for {@code convergenceIterations} iterations
 * (and is non-empty), or after {@code maxIterations}. Each point then joins its most similar exemplar, and each
 * cluster's exemplar is re-chosen as the member with the largest summed similarity to the other members.
 *
 * <p>Ties in symmetric inputs make the messages oscillate, so a tiny noise ({@code (1e-16 |S| + 1e-300) N(0,1)}) is
 * added to S from the injected {@link Random}: deterministic for a fixed seed. When no exemplar emerges all points
 * form one cluster. Time O(n^2) per iteration, memory O(n^2).
 *
 * @param damping factor in [0.5, 1) for the old message; the study uses 0.8
 * @param maxIterations iteration cap; the study uses 200
 * @param convergenceIterations unchanged-exemplar iterations needed to stop; the study uses 15
 */
public record AffinityPropagation(double damping, int maxIterations, int convergenceIterations) {

    /** Checks the settings. */
    public AffinityPropagation {
        if (!(damping >= 0.5 && damping < 1)) {
            throw new IllegalArgumentException("damping must lie in [0.5, 1) (" + damping + "). Maybe 0.8?");
        }
        if (maxIterations < 1 || convergenceIterations < 1) {
            throw new IllegalArgumentException("Iteration counts must be positive (maxIterations " + maxIterations
                    + ", convergenceIterations " + convergenceIterations + "). Maybe 200 and 15?");
        }
    }

    /** @return the study's settings: damping 0.8, at most 200 iterations, stop after 15 unchanged */
    public static AffinityPropagation study() {
        return new AffinityPropagation(0.8, 200, 15);
    }

    /**
     * Clusters the points.
     *
     * @param similarity n x n similarity matrix (not modified), larger means more similar
     * @param random source of the tie-breaking noise
     * @return the clustering
     */
    public Clustering cluster(double[][] similarity, Random random) {
        int n = similarity.length;
        if (n == 0) {
            throw new IllegalArgumentException("Cannot cluster zero points. Maybe the graph is empty?");
        }
        double[][] s = new double[n][];
        for (int i = 0; i < n; i++) {
            if (similarity[i].length != n) {
                throw new IllegalArgumentException("Similarity must be square (row " + i + " has "
                        + similarity[i].length + " entries, expected " + n + ").");
            }
            s[i] = similarity[i].clone();
        }
        if (n == 1) {
            return new Clustering(new int[] {0}, new int[] {0}, 0, true);
        }
        double preference = median(s);
        for (int i = 0; i < n; i++) {
            s[i][i] = preference;
            for (int k = 0; k < n; k++) {
                s[i][k] += (1e-16 * Math.abs(s[i][k]) + 1e-300) * random.nextGaussian();
            }
        }
        double[][] r = new double[n][n];
        double[][] a = new double[n][n];
        boolean[] exemplar = new boolean[n];
        int stable = 0;
        int iteration = 0;
        boolean converged = false;
        while (iteration < maxIterations) {
            iteration++;
            updateResponsibilities(s, a, r);
            updateAvailabilities(r, a);
            boolean changed = false;
            boolean any = false;
            for (int k = 0; k < n; k++) {
                boolean now = a[k][k] + r[k][k] > 0;
                changed |= now != exemplar[k];
                exemplar[k] = now;
                any |= now;
            }
            stable = changed ? 1 : stable + 1;
            if (any && stable >= convergenceIterations) {
                converged = true;
                break;
            }
        }
        return assign(s, exemplar, iteration, converged);
    }

    private void updateResponsibilities(double[][] s, double[][] a, double[][] r) {
        int n = s.length;
        for (int i = 0; i < n; i++) {
            double best = Double.NEGATIVE_INFINITY;
            double second = Double.NEGATIVE_INFINITY;
            int bestIndex = -1;
            for (int k = 0; k < n; k++) {
                double value = a[i][k] + s[i][k];
                if (value > best) {
                    second = best;
                    best = value;
                    bestIndex = k;
                } else if (value > second) {
                    second = value;
                }
            }
            for (int k = 0; k < n; k++) {
                double fresh = s[i][k] - (k == bestIndex ? second : best);
                r[i][k] = damping * r[i][k] + (1 - damping) * fresh;
            }
        }
    }

    private void updateAvailabilities(double[][] r, double[][] a) {
        int n = r.length;
        for (int k = 0; k < n; k++) {
            double positiveSum = 0;
            for (int i = 0; i < n; i++) {
                if (i != k) {
                    positiveSum += Math.max(0, r[i][k]);
                }
            }
            for (int i = 0; i < n; i++) {
                double fresh = i == k ? positiveSum : Math.min(0, r[k][k] + positiveSum - Math.max(0, r[i][k]));
                a[i][k] = damping * a[i][k] + (1 - damping) * fresh;
            }
        }
    }

    private static Clustering assign(double[][] s, boolean[] isExemplar, int iterations, boolean converged) {
        int n = s.length;
        int[] exemplars = indicesOf(isExemplar);
        if (exemplars.length == 0) {
            return new Clustering(new int[n], new int[] {bestRepresentative(s, allPoints(n))}, iterations, converged);
        }
        int[] labels = nearestExemplar(s, exemplars);
        for (int c = 0; c < exemplars.length; c++) {
            exemplars[c] = bestRepresentative(s, membersOf(labels, c));
        }
        labels = nearestExemplar(s, exemplars);
        int[] order = new int[exemplars.length];
        Integer[] sorted = new Integer[exemplars.length];
        for (int c = 0; c < sorted.length; c++) {
            sorted[c] = c;
        }
        int[] finalExemplars = exemplars.clone();
        Arrays.sort(sorted, (x, y) -> Integer.compare(finalExemplars[x], finalExemplars[y]));
        int[] sortedExemplars = new int[exemplars.length];
        for (int rank = 0; rank < sorted.length; rank++) {
            order[sorted[rank]] = rank;
            sortedExemplars[rank] = exemplars[sorted[rank]];
        }
        for (int i = 0; i < n; i++) {
            labels[i] = order[labels[i]];
        }
        return new Clustering(labels, sortedExemplars, iterations, converged);
    }

    /** Each point's most similar exemplar; an exemplar always belongs to its own cluster. */
    private static int[] nearestExemplar(double[][] s, int[] exemplars) {
        int n = s.length;
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int c = 0; c < exemplars.length; c++) {
                if (exemplars[c] == i) {
                    best = c;
                    break;
                }
                if (s[i][exemplars[c]] > s[i][exemplars[best]]) {
                    best = c;
                }
            }
            labels[i] = best;
        }
        return labels;
    }

    private static int bestRepresentative(double[][] s, int[] members) {
        int best = members[0];
        double bestSum = Double.NEGATIVE_INFINITY;
        for (int candidate : members) {
            double sum = 0;
            for (int other : members) {
                if (other != candidate) {
                    sum += s[other][candidate];
                }
            }
            if (sum > bestSum) {
                bestSum = sum;
                best = candidate;
            }
        }
        return best;
    }

    private static int[] membersOf(int[] labels, int cluster) {
        return IntStream.range(0, labels.length)
                .filter(i -> labels[i] == cluster)
                .toArray();
    }

    private static int[] allPoints(int n) {
        return IntStream.range(0, n).toArray();
    }

    private static int[] indicesOf(boolean[] flags) {
        return IntStream.range(0, flags.length).filter(i -> flags[i]).toArray();
    }

    private static double median(double[][] s) {
        int n = s.length;
        double[] all = new double[n * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(s[i], 0, all, i * n, n);
        }
        Arrays.sort(all);
        int mid = all.length / 2;
        return all.length % 2 == 1 ? all[mid] : (all[mid - 1] + all[mid]) / 2;
    }
}
