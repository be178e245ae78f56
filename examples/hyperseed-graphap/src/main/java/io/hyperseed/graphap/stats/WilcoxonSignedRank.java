package io.hyperseed.graphap.stats;

import java.util.Arrays;

/**
 * Two-sided Wilcoxon signed-rank test of paired samples (Wilcoxon 1945), exact. Zero differences are dropped (Wilcoxon's
 * method), tied absolute differences share their mean rank, and the p-value is the exact probability, under the null
 * hypothesis that each sign is + or - with probability 1/2, of a statistic at least as far from its mean as the one
 * observed, counted over all 2^n sign patterns by dynamic programming on doubled ranks (so tied ranks stay exact).
 * Time O(n^3), memory O(n^2), for n non-zero pairs.
 */
public final class WilcoxonSignedRank {

    /**
     * Result of one test.
     *
     * @param pairs number of pairs
     * @param nonZero pairs with a non-zero difference (the n of the test)
     * @param positiveRankSum W+, the rank sum of the positive differences (first minus second)
     * @param meanDifference mean of first minus second over all pairs
     * @param pValue two-sided exact p-value (1 when every difference is zero)
     */
    public record Result(int pairs, int nonZero, double positiveRankSum, double meanDifference, double pValue) {}

    /**
     * @param first per-fold values of the first model
     * @param second per-fold values of the second, same folds
     * @return the test result
     */
    public Result test(double[] first, double[] second) {
        if (first.length != second.length || first.length == 0) {
            throw new IllegalArgumentException("Paired samples need the same non-zero length (" + first.length + " and "
                    + second.length + "). Maybe the models ran on different folds?");
        }
        double meanDifference = 0;
        double[] nonZero = new double[first.length];
        int n = 0;
        for (int i = 0; i < first.length; i++) {
            double d = first[i] - second[i];
            meanDifference += d / first.length;
            if (Math.abs(d) > 1e-12) {
                nonZero[n++] = d;
            }
        }
        if (n == 0) {
            return new Result(first.length, 0, 0, meanDifference, 1);
        }
        double[] d = Arrays.copyOf(nonZero, n);
        int[] doubledRanks = doubledRanks(d);
        int positive = 0;
        int total = 0;
        for (int i = 0; i < n; i++) {
            total += doubledRanks[i];
            if (d[i] > 0) {
                positive += doubledRanks[i];
            }
        }
        // counts[s] = number of sign patterns whose positive doubled-rank sum is s
        double[] counts = new double[total + 1];
        counts[0] = 1;
        for (int rank : doubledRanks) {
            for (int s = total; s >= rank; s--) {
                counts[s] += counts[s - rank];
            }
        }
        double patterns = Math.pow(2, n);
        double distance = Math.abs(2.0 * positive - total);
        double extreme = 0;
        for (int s = 0; s <= total; s++) {
            if (Math.abs(2.0 * s - total) >= distance - 1e-9) {
                extreme += counts[s];
            }
        }
        return new Result(first.length, n, positive / 2.0, meanDifference, Math.min(1, extreme / patterns));
    }

    /** Twice the mean rank of every |d| (ranks 1..n, ties averaged): integers. */
    private static int[] doubledRanks(double[] d) {
        int n = d.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(Math.abs(d[a]), Math.abs(d[b])));
        int[] ranks = new int[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && Math.abs(Math.abs(d[order[j + 1]]) - Math.abs(d[order[i]])) < 1e-12) {
                j++;
            }
            int doubled = (i + 1) + (j + 1);
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = doubled;
            }
            i = j + 1;
        }
        return ranks;
    }
}
