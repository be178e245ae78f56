package io.hyperseed.neural.train;

/**
 * The weight {@code lambda(t)} of the constraint penalty at training progress {@code t in [0, 1]}; it grows so
 * that early training explores the objective and late training enforces feasibility. {@code O(1)}.
 */
@FunctionalInterface
public interface PenaltySchedule {

    /** The weight at progress {@code t} (clamped to [0, 1]). */
    double weight(double t);

    /** Geometric growth from {@code start} to {@code start * growth}: {@code start * growth^t}. */
    static PenaltySchedule geometric(double start, double growth) {
        if (!(start >= 0) || !(growth >= 1) || !Double.isFinite(start) || !Double.isFinite(growth)) {
            throw new IllegalArgumentException("The penalty start (" + start + ") must be >= 0 and the growth ("
                    + growth + ") >= 1. Maybe start 1, growth 10?");
        }
        return t -> start * Math.pow(growth, Math.min(1.0, Math.max(0.0, t)));
    }
}
