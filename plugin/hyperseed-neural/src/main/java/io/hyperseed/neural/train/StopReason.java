package io.hyperseed.neural.train;

/** Why a training ended. */
public enum StopReason {
    /** The maximum number of epochs was reached. */
    MAX_EPOCHS,
    /** The rounded solution stopped improving and the outputs converged. */
    CONVERGED,
    /** The time limit was reached. */
    TIME_LIMIT,
    /** The caller asked to stop (solver termination or interrupt). */
    STOPPED,
    /** The loss became NaN or infinite and recovery from the best state failed. */
    NUMERICAL
}
