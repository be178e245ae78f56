package io.hyperseed.neural.train;

/**
 * Stops training when its rounded objective stops improving, instead of always spending the time share: once the
 * schedule progress has reached {@code minProgress} (by default half-way, where the default annealing weight
 * turns positive and pushes outputs to 0/1), stop when the best rounded solution has not improved for
 * {@code max(minEpochs, share * epoch)} epochs. Unlike {@link EarlyStopping} it does not wait for the outputs to
 * converge. {@code O(1)}.
 *
 * @param minProgress the schedule progress in {@code [0, 1]} before which it never stops
 * @param minEpochs the shortest plateau, in epochs, that stops training
 * @param share the plateau length as a share of the epochs run so far, in {@code [0, 1]}
 */
public record PlateauStopping(double minProgress, int minEpochs, double share) {

    /** The default rule: after half the schedule, a plateau of a quarter of the epochs run (at least 50). */
    public static final PlateauStopping DEFAULT = new PlateauStopping(0.5, 50, 0.25);

    /** A rule that never stops. */
    public static final PlateauStopping NEVER = new PlateauStopping(1.0, Integer.MAX_VALUE, 1.0);

    public PlateauStopping {
        if (!(minProgress >= 0 && minProgress <= 1)) {
            throw new IllegalArgumentException(
                    "The minimum progress (" + minProgress + ") must be in [0, 1]. " + "Maybe 0.5?");
        }
        if (minEpochs < 1) {
            throw new IllegalArgumentException(
                    "The minimum plateau (" + minEpochs + " epochs) must be >= 1. " + "Maybe 50?");
        }
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("The plateau share (" + share + ") must be in [0, 1]. Maybe 0.25?");
        }
    }

    /** True when training should stop at {@code epoch} (1-based), at schedule progress {@code progress}. */
    public boolean shouldStop(int epoch, int lastImprovement, double progress) {
        long plateau = Math.max(minEpochs, (long) Math.ceil(share * epoch));
        return progress >= minProgress && epoch - lastImprovement >= plateau;
    }
}
