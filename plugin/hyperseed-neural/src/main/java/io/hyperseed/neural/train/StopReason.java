package io.hyperseed.neural.train;

/** Why a training ended. */
public enum StopReason {
    /** The maximum number of epochs was reached. */
    MAX_EPOCHS,
    /** The rounded solution stopped improving and the outputs converged. */
    CONVERGED,
    /** The best rounded solution stopped improving ({@link PlateauStopping}). */
    PLATEAU,
    /** The time limit was reached (or the next epoch would not have fit in the time left). */
    TIME_LIMIT,
    /** The caller asked to stop (solver termination or interrupt). */
    STOPPED,
    /** The loss became NaN or infinite and recovery from the best state failed. */
    NUMERICAL
}
