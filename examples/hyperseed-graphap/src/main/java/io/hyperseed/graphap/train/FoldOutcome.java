package io.hyperseed.graphap.train;

/**
 * Result of training one model on one fold. The reported number is the test accuracy of the best-validation epoch
 * (the "best-val checkpoint" of the original study).
 *
 * @param bestEpoch 1-based epoch with the best validation accuracy (ties: lower validation loss)
 * @param epochsRun epochs trained before early stopping
 * @param validationAccuracy validation accuracy at the best epoch
 * @param testAccuracy test accuracy at the best epoch
 * @param seconds wall time of the fold
 */
public record FoldOutcome(
        int bestEpoch, int epochsRun, double validationAccuracy, double testAccuracy, double seconds) {}
