package io.hyperseed.report;

import java.util.Arrays;
import java.util.function.DoubleFunction;

/**
 * The median and spread of a sample: minimum, maximum and the quartiles (linear interpolation between order
 * statistics, Hyndman and Fan type 7, as R and NumPy do by default). NaN values are left out; positive infinity is
 * kept and sorts last, so "not reached" times pull the median up honestly. {@link #of} is {@code O(n log n)}.
 *
 * @param count the number of values used (NaN left out)
 * @param median the median (NaN when empty)
 * @param min the smallest value
 * @param max the largest value
 * @param q1 the first quartile
 * @param q3 the third quartile
 */
public record Spread(int count, double median, double min, double max, double q1, double q3) {

    /** The spread of no values: every statistic NaN. */
    public static final Spread EMPTY = new Spread(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    public Spread {
        if (count < 0) {
            throw new IllegalArgumentException("The count (" + count + ") must not be negative.");
        }
    }

    /** The spread of {@code values} (NaN left out). */
    public static Spread of(double... values) {
        double[] sorted =
                Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (sorted.length == 0) {
            return EMPTY;
        }
        return new Spread(
                sorted.length,
                quantile(sorted, 0.5),
                sorted[0],
                sorted[sorted.length - 1],
                quantile(sorted, 0.25),
                quantile(sorted, 0.75));
    }

    /** The {@code p}-quantile of sorted values, interpolated linearly (type 7). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        double fraction = h - lo;
        if (fraction == 0.0 || sorted[lo] == sorted[hi]) {
            return sorted[lo];
        }
        if (Double.isInfinite(sorted[hi])) {
            return sorted[hi];
        }
        return sorted[lo] + (sorted[hi] - sorted[lo]) * fraction;
    }

    /** True when there is no value. */
    public boolean isEmpty() {
        return count == 0;
    }

    /**
     * {@code median [min-max]}, or only the median when all values are equal or there is one; {@code -} when
     * empty.
     */
    public String medianAndRange(DoubleFunction<String> format) {
        if (isEmpty()) {
            return "-";
        }
        if (min == max) {
            return format.apply(median);
        }
        return format.apply(median) + " [" + format.apply(min) + "\u2013" + format.apply(max) + "]";
    }
}
