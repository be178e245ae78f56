package io.hyperseed.core.eval;

import io.hyperseed.core.model.PuboProblem;

/**
 * {@link ScoreTracker} for a {@link PuboProblem}: a {@link ProblemState} over the fixed-point copy of the problem,
 * so every sum is a whole number and exact. Choice-group violations count {@code scale} per unit.
 */
final class ProblemScoreTracker implements ScoreTracker {

    private final long scale;
    private final int sign;
    private final ProblemState state;
    private final PuboProblem scaled;
    private ProblemFlipGains gains;

    ProblemScoreTracker(PuboProblem problem) {
        this.scale = FixedPoint.scaleOf(problem);
        this.sign = problem.sense().sign();
        this.scaled = FixedPoint.scaled(problem, scale);
        this.state = new ProblemState(scaled, new boolean[problem.numVariables()]);
    }

    @Override
    public void reset(boolean[] assignment) {
        state.reset(assignment);
        if (gains != null) {
            gains.resetAll();
        }
    }

    @Override
    public void set(int v, boolean value) {
        if (state.get(v) != value) {
            state.flip(v);
            if (gains != null) {
                gains.flipped(v);
            }
        }
    }

    /** Gains built on the first call ({@code O(size)}); see {@link ProblemFlipGains} for the costs. */
    @Override
    public FlipGains gains() {
        if (gains == null) {
            gains = new ProblemFlipGains(state, scale, sign);
        }
        return gains;
    }

    @Override
    public long hardScore() {
        // polynomial rows are already scaled; choice groups count whole units, scaled here. O(1).
        double choice = state.choiceViolation();
        double rows = state.violation() - choice;
        return -(Math.round(rows) + Math.round(choice) * scale);
    }

    @Override
    public long softScore() {
        return sign * Math.round(state.objective());
    }

    @Override
    public long scale() {
        return scale;
    }

    @Override
    public boolean get(int v) {
        return state.get(v);
    }

    @Override
    public int numVariables() {
        return scaled.numVariables();
    }
}
