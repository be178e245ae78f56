package io.hyperseed.graphap.train;

import java.util.Arrays;

/**
 * Mean and population standard deviation (divide by k, as the original study's {@code std_pop}) of per-fold
 * accuracies. O(k).
 *
 * @param mean mean accuracy
 * @param std population standard deviation
 */
public record AccuracySummary(double mean, double std) {

    /**
     * @param values per-fold accuracies, at least one
     * @return their summary
     */
    public static AccuracySummary of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("Cannot summarise zero folds. Maybe every fold was skipped?");
        }
        double mean = Arrays.stream(values).average().orElseThrow();
        double variance =
                Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / values.length;
        return new AccuracySummary(mean, Math.sqrt(variance));
    }
}
