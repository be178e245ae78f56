package io.hyperseed.report;

import java.time.Duration;
import java.util.Locale;

/** Formatting of objectives, gaps and durations for terminal output and reports. */
public final class Numbers {

    private Numbers() {}

    /** An objective: without decimals when integral, else up to 6 significant digits; {@code -} for NaN. */
    public static String objective(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.6g", value)
                .replaceAll("(\\.\\d*?)0+($|e)", "$1$2")
                .replaceAll("\\.($|e)", "$1");
    }

    /** Rounded to two decimals (for means), NaN kept. */
    public static double round2(double value) {
        return Double.isNaN(value) ? value : Math.round(value * 100.0) / 100.0;
    }

    /** A percentage with two decimals, {@code -} for NaN. */
    public static String percent(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f%%", value);
    }

    /** Seconds with one decimal, e.g. {@code 12.3s}. */
    public static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1fs", duration.toMillis() / 1000.0);
    }

    /**
     * The relative gap in percent from {@code value} to {@code reference}, positive when {@code value} is worse:
     * {@code (reference - value) / |reference|} when maximising, the opposite when minimising; NaN without a
     * reference or when the reference is 0.
     */
    public static double gapPercent(double value, double reference, boolean maximize) {
        if (Double.isNaN(reference) || Double.isNaN(value) || reference == 0.0) {
            return Double.NaN;
        }
        double diff = maximize ? reference - value : value - reference;
        return 100.0 * diff / Math.abs(reference);
    }
}
