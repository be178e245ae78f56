package io.hyperseed.core.constrained;

/**
 * The weight of constraint violation against the objective in a penalised move evaluation
 * {@code objective gain - weight * violation increase}, adapted after every step (strategic oscillation, Glover and
 * Kochenberger 1996): it grows by the factor {@code 1 + rate} after a step that ends infeasible and shrinks by the
 * same factor after a feasible one, so the search keeps crossing the feasibility boundary from both sides instead of
 * staying inside it. A {@linkplain #fixed fixed} weight never adapts. Clamped to {@code [initial 1e-6, initial 1e6]}.
 * {@code O(1)} per update; not thread-safe.
 */
public final class PenaltyWeight {

    private final double rate;
    private final double min;
    private final double max;
    private double weight;

    /**
     * @param initial the first weight, {@code > 0}
     * @param rate the relative change per step, {@code >= 0} (0: fixed)
     */
    public PenaltyWeight(double initial, double rate) {
        if (!(initial > 0) || Double.isInfinite(initial)) {
            throw new IllegalArgumentException("The initial penalty weight (" + initial
                    + ") must be positive and finite. Maybe the constraints have no nonzero coefficient?");
        }
        if (!(rate >= 0) || rate > 10) {
            throw new IllegalArgumentException(
                    "The penalty adaptation rate (" + rate + ") must be in [0, 10]. Maybe write 0.1 for 10 %?");
        }
        this.rate = rate;
        this.weight = initial;
        this.min = initial * 1e-6;
        this.max = initial * 1e6;
    }

    /** A weight that never changes. */
    public static PenaltyWeight fixed(double weight) {
        return new PenaltyWeight(weight, 0.0);
    }

    /** The current weight. */
    public double weight() {
        return weight;
    }

    /** Adapts to the state a step ended in and returns the new weight. */
    public double update(boolean feasible) {
        if (rate > 0) {
            weight = feasible ? Math.max(min, weight / (1 + rate)) : Math.min(max, weight * (1 + rate));
        }
        return weight;
    }
}
