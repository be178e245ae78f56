package io.hyperseed.neural.train;

/**
 * The expected wall time of the next repetition of a step (an epoch, an evaluation), learnt from the ones run so
 * far. Before the first it is the a-priori estimate given at construction; after the first it is that one's
 * cost (the first epoch also pays PyTorch's lazy start-up); from the second on it is the larger of the last cost
 * and an exponential moving average of all but the first (weight {@value #RECENT_WEIGHT} on the newest), so that
 * one fast repetition on a noisy machine does not make the trainer start a step it cannot finish. {@code O(1)}.
 */
public final class CostEstimate {

    /** The weight of the newest repetition in the moving average. */
    public static final double RECENT_WEIGHT = 0.3;

    private final long prior;
    private double average;
    private long last;
    private int count;

    /** An estimate that starts at {@code priorNanos} (>= 0). */
    public CostEstimate(long priorNanos) {
        if (priorNanos < 0) {
            throw new IllegalArgumentException("The prior cost (" + priorNanos + " ns) must be >= 0.");
        }
        this.prior = priorNanos;
    }

    /** Records one finished repetition that took {@code nanos}. */
    public void record(long nanos) {
        last = Math.max(0L, nanos);
        count++;
        if (count == 2) {
            average = last;
        } else if (count > 2) {
            average = (1 - RECENT_WEIGHT) * average + RECENT_WEIGHT * last;
        }
    }

    /** The expected cost of the next repetition in nanoseconds (cautious: never below the last one). */
    public long estimate() {
        return switch (count) {
            case 0 -> prior;
            case 1 -> last;
            default -> Math.max(last, Math.round(average));
        };
    }

    /** How many repetitions were recorded. */
    public int count() {
        return count;
    }
}
