package io.hyperseed.core.model;

/** Optimisation direction of an objective. */
public enum Sense {
    MINIMIZE,
    MAXIMIZE;

    /** True when {@code candidate} is strictly better than {@code incumbent} in this direction. */
    public boolean isBetter(double candidate, double incumbent) {
        return this == MINIMIZE ? candidate < incumbent : candidate > incumbent;
    }

    /** {@code +1} for maximise, {@code -1} for minimise: multiply an objective to make "larger is better". */
    public int sign() {
        return this == MAXIMIZE ? 1 : -1;
    }
}
