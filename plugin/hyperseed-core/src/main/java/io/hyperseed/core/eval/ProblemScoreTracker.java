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
    private final boolean hasChoiceGroups;
    private final PuboProblem scaled;

    ProblemScoreTracker(PuboProblem problem) {
        this.scale = FixedPoint.scaleOf(problem);
        this.sign = problem.sense().sign();
        this.scaled = FixedPoint.scaled(problem, scale);
        this.state = new ProblemState(scaled, new boolean[problem.numVariables()]);
        this.hasChoiceGroups = problem.constraints().stream()
                .anyMatch(c -> c instanceof io.hyperseed.core.model.ChoiceConstraint);
    }

    @Override
    public void reset(boolean[] assignment) {
        state.reset(assignment);
    }

    @Override
    public void set(int v, boolean value) {
        if (state.get(v) != value) {
            state.flip(v);
        }
    }

    @Override
    public long hardScore() {
        if (!hasChoiceGroups) {
            return -Math.round(state.violation());
        }
        double total = 0.0;
        for (int c = 0; c < scaled.constraints().size(); c++) {
            double v = state.violation(c);
            total += scaled.constraints().get(c) instanceof io.hyperseed.core.model.ChoiceConstraint ? v * scale : v;
        }
        return -Math.round(total);
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
