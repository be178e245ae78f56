package io.hyperseed.cli.info;

import java.util.Locale;
import java.util.function.IntUnaryOperator;

/**
 * Minimum, mean and maximum of a list of non-negative counts (degrees, hyperedge sizes). {@code O(n)}.
 *
 * @param count how many values
 * @param min the smallest (0 when empty)
 * @param mean the mean (0 when empty)
 * @param max the largest (0 when empty)
 */
public record Statistics(int count, long min, double mean, long max) {

    /** The statistics of {@code values[0..count)} as produced by {@code valueAt}. */
    public static Statistics of(int count, IntUnaryOperator valueAt) {
        if (count == 0) {
            return new Statistics(0, 0, 0.0, 0);
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        double sum = 0.0;
        for (int i = 0; i < count; i++) {
            int v = valueAt.applyAsInt(i);
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
        }
        return new Statistics(count, min, sum / count, max);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "min %d, mean %.2f, max %d", min, mean, max);
    }
}
