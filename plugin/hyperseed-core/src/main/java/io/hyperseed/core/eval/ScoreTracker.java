package io.hyperseed.core.eval;

import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.PuboProblem;

/**
 * Exact {@code long} hard/soft scores of a binary assignment, kept up to date under single-variable changes; the
 * bookkeeping behind the solver adapters' incremental score calculators. Soft is "larger is better" (the objective
 * times {@link io.hyperseed.core.model.Sense#sign()}), hard is minus the total constraint violation; both are in
 * fixed-point units of {@code 1 / scale()} (see {@link FixedPoint}).
 *
 * <p>{@link #set} costs {@code O(deg(v))}; {@link #reset} is linear in the instance size. Not thread-safe.
 */
public interface ScoreTracker {

    /** Moves to {@code assignment} (copied). */
    void reset(boolean[] assignment);

    /** Sets variable {@code v} to {@code value} (no-op when unchanged). */
    void set(int v, boolean value);

    /** Minus the total violation, scaled; 0 when feasible. */
    long hardScore();

    /** The objective in "larger is better" form, scaled. */
    long softScore();

    /** The fixed-point scale: real value = score / scale. */
    long scale();

    /** The current value of variable {@code v}. */
    boolean get(int v);

    /** The number of variables. */
    int numVariables();

    /**
     * The flip gains of this tracker, built on the first call ({@code O(size)}) and kept in step with every later
     * {@link #set} and {@link #reset}; {@code null} when this tracker keeps none. Trackers whose gains are never asked
     * for pay nothing for them.
     */
    default FlipGains gains() {
        return null;
    }

    /** A tracker for a {@link io.hyperseed.core.model.PuboProblem}. */
    static ScoreTracker of(PuboProblem problem) {
        return new ProblemScoreTracker(problem);
    }

    /** A tracker for hypergraph max-cut (soft = cut weight, no hard constraints). */
    static ScoreTracker of(Hypergraph graph) {
        return new CutScoreTracker(graph);
    }
}
