package io.hyperseed.neural.train;

/**
 * Fits the schedule horizon (the epoch at which annealing and penalty weights reach their end values) to the
 * time available: with {@code done} epochs run, {@code nanosLeft} of training time left and an average epoch
 * cost, the horizon is {@code done + fill * nanosLeft / cost}, clamped to {@code [done + 1, maxEpochs]}. With
 * {@code fill < 1} the schedule ends a little before the time does, so the last epochs train at the end weights.
 * When the time does not bind the horizon is {@code maxEpochs}, so the run stays independent of the machine's
 * speed. Refitted every epoch from the first on; {@link #progress} never goes back. {@code O(1)}.
 */
public final class HorizonFit {

    /** The share of the remaining time that the schedule is fitted to. */
    public static final double DEFAULT_FILL = 0.9;

    private final int maxEpochs;
    private final double fill;
    private int horizon;
    private double progress;

    /** A fit with at most {@code maxEpochs} epochs and the {@code fill} share in {@code (0, 1]}. */
    public HorizonFit(int maxEpochs, double fill) {
        if (maxEpochs < 1) {
            throw new IllegalArgumentException("The maximum number of epochs (" + maxEpochs + ") must be >= 1.");
        }
        if (!(fill > 0 && fill <= 1)) {
            throw new IllegalArgumentException("The fill share (" + fill + ") must be in (0, 1]. Maybe 0.9?");
        }
        this.maxEpochs = maxEpochs;
        this.fill = fill;
        this.horizon = maxEpochs;
    }

    /**
     * Refits the horizon after {@code done} epochs with {@code nanosLeft} of training time left at
     * {@code nanosPerEpoch} per epoch (not positive: unknown, the horizon stays) and returns it.
     */
    public int refit(int done, long nanosLeft, double nanosPerEpoch) {
        if (nanosPerEpoch > 0) {
            double fits = done + fill * Math.max(0L, nanosLeft) / nanosPerEpoch;
            horizon = (int) Math.max(done + 1, Math.min(maxEpochs, Math.floor(fits)));
        }
        return horizon;
    }

    /** The current horizon. */
    public int horizon() {
        return horizon;
    }

    /**
     * The schedule progress {@code t in [0, 1]} of 1-based {@code epoch}: {@code (epoch - 1) / (horizon - 1)},
     * never below the progress returned before (a shrinking horizon moves it forward, a growing one holds it).
     */
    public double progress(int epoch) {
        double t = horizon <= 1 ? 1.0 : Math.min(1.0, (epoch - 1) / (double) (horizon - 1));
        progress = Math.max(progress, t);
        return progress;
    }
}
