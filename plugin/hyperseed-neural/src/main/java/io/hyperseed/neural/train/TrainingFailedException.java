package io.hyperseed.neural.train;

import io.hyperseed.core.seed.SeedingException;

/**
 * A training produced no trained output to round: the loss was not finite from the first epoch on
 * ({@link StopReason#NUMERICAL}), or not even one epoch fit in the time left after setup
 * ({@link StopReason#TIME_LIMIT}) or before the stop signal ({@link StopReason#STOPPED}). Callers fall back to the
 * greedy construction, labelled as such.
 */
public final class TrainingFailedException extends SeedingException {

    private static final long serialVersionUID = 1L;

    private final StopReason reason;

    public TrainingFailedException(StopReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** Why no output came. */
    public StopReason reason() {
        return reason;
    }
}
