package io.hyperseed.core.eval;

/**
 * Per-variable flip gains of a {@link ScoreTracker}, kept in step with every {@link ScoreTracker#set}: the change of
 * the (hard, soft) score that flipping one variable would make, and the variables whose flips gain most. This is what
 * a best-improvement local search (a tabu search that looks at the whole single-flip neighbourhood) needs, without
 * evaluating every flip at every step.
 *
 * <p>Gains are in the tracker's fixed-point units and "larger is better", compared lexicographically: hard gain
 * first, then soft gain. Implementations say their update cost and the cost of {@link #best}.
 */
public interface FlipGains {

    /** The change of the hard score if variable {@code v} were flipped. */
    long hardGain(int v);

    /** The change of the soft score if variable {@code v} were flipped. */
    long softGain(int v);

    /**
     * Writes up to {@code out.length} variables with the largest gains, best first, into {@code out}, and returns
     * how many it wrote (fewer only when there are fewer variables). Ties are broken in an unspecified but
     * deterministic order.
     */
    int best(int[] out);
}
