package io.hyperseed.report;

import io.hyperseed.core.solve.ProgressPoint;
import java.util.List;
import java.util.Locale;

/**
 * Time to target: when a run's best feasible objective first reached a fraction of a reference value (99.5 % and
 * 100 % of the best known or reference value), read from the run's recorded new-best events. A run that never
 * reached it gets positive infinity, so medians over repeats stay honest. {@code O(points)} per run.
 */
public final class TimeToTarget {

    /** The fractions of the reference reported: 99.5 % and 100 %. */
    public static final List<Double> FRACTIONS = List.of(0.995, 1.0);

    private TimeToTarget() {}

    /**
     * The objective that reaches {@code fraction} of {@code reference}: {@code reference - (1 - fraction) *
     * |reference|} when maximising, {@code reference + (1 - fraction) * |reference|} when minimising.
     */
    public static double target(double reference, double fraction, boolean maximize) {
        if (!(fraction > 0.0 && fraction <= 1.0)) {
            throw new IllegalArgumentException(
                    "The target fraction (" + fraction + ") must be in (0, 1]. Maybe " + "0.995?");
        }
        double slack = (1.0 - fraction) * Math.abs(reference);
        return maximize ? reference - slack : reference + slack;
    }

    /**
     * The seconds after the run's start at which its best feasible objective first reached {@code target};
     * positive infinity when it never did (or failed), NaN when the target is NaN (no reference).
     */
    public static double seconds(RunRecord run, double target) {
        if (Double.isNaN(target)) {
            return Double.NaN;
        }
        if (run.failed()) {
            return Double.POSITIVE_INFINITY;
        }
        double tolerance = 1e-9 * Math.max(1.0, Math.abs(target));
        for (ProgressPoint p : run.bestOverTime()) {
            if (p.violation() == 0.0 && reaches(p.objective(), target, tolerance, run.maximize())) {
                return p.elapsed().toNanos() / 1e9;
            }
        }
        if (run.feasible() && reaches(run.objective(), target, tolerance, run.maximize())) {
            return run.totalTime().toNanos() / 1e9;
        }
        return Double.POSITIVE_INFINITY;
    }

    /** The column label of a fraction, e.g. {@code 99.5%}. */
    public static String label(double fraction) {
        String text = String.format(Locale.ROOT, "%.1f", fraction * 100.0);
        return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text) + "%";
    }

    private static boolean reaches(double objective, double target, double tolerance, boolean maximize) {
        return maximize ? objective >= target - tolerance : objective <= target + tolerance;
    }
}
