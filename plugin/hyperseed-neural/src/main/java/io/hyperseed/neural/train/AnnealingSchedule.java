package io.hyperseed.neural.train;

/**
 * The weight {@code a(t)} of the annealing term {@code a(t) * sum_i 4 x_i (1 - x_i)} at training progress
 * {@code t in [0, 1]}: negative values reward undecided outputs (exploration), positive values push them to 0 or
 * 1. {@code O(1)}.
 */
@FunctionalInterface
public interface AnnealingSchedule {

    /** The weight at progress {@code t} (epoch / horizon, clamped to [0, 1]). */
    double weight(double t);

    /**
     * A linear ramp from {@code start} to {@code end}; the BIPNN seed used {@code a = -1 + t} (start -1, end 0
     * over its horizon).
     */
    static AnnealingSchedule linear(double start, double end) {
        if (!Double.isFinite(start) || !Double.isFinite(end)) {
            throw new IllegalArgumentException(
                    "The annealing bounds (" + start + ", " + end + ") must be finite. Maybe -1 and 1?");
        }
        return t -> start + (end - start) * Math.min(1.0, Math.max(0.0, t));
    }
}
