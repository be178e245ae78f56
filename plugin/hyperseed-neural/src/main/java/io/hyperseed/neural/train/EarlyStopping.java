package io.hyperseed.neural.train;

/**
 * Early stopping as an object: stop when the best rounded solution has not improved for {@code patience} epochs
 * and the outputs have converged, i.e. at most {@code maxUndecidedShare} of them are undecided
 * ({@code max(x, 1 - x) < 0.7}) and the threshold rounding did not change since the previous evaluation.
 * {@code O(1)}.
 *
 * @param patience epochs without improvement before stopping may happen
 * @param maxUndecidedShare the largest share of undecided outputs that counts as converged
 */
public record EarlyStopping(int patience, double maxUndecidedShare) {

    public EarlyStopping {
        if (patience <= 0) {
            throw new IllegalArgumentException("The patience (" + patience + ") must be positive. Maybe 300?");
        }
        if (!(maxUndecidedShare >= 0 && maxUndecidedShare <= 1)) {
            throw new IllegalArgumentException(
                    "The undecided share (" + maxUndecidedShare + ") must be in [0, 1]. Maybe 0.01?");
        }
    }

    /**
     * True when training should stop at {@code epoch}.
     *
     * @param lastImprovement the epoch of the last improvement of the best rounded solution
     * @param undecidedShare the current share of undecided outputs
     * @param changedBits how many rounded values changed since the previous evaluation
     */
    public boolean shouldStop(int epoch, int lastImprovement, double undecidedShare, int changedBits) {
        return epoch - lastImprovement >= patience && undecidedShare <= maxUndecidedShare && changedBits == 0;
    }
}
