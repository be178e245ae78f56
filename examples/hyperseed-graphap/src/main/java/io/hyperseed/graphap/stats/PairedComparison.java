package io.hyperseed.graphap.stats;

/**
 * A paired test of an Experiment model against its backbone baseline over the same folds.
 *
 * @param experiment id of the model under test, e.g. {@code experiment}
 * @param baseline id of its baseline, e.g. {@code gcn}
 * @param scope which folds: {@code seed 1234}, or {@code all seeds} for the folds of every seed pooled
 * @param result the Wilcoxon signed-rank result (differences are experiment minus baseline)
 */
public record PairedComparison(String experiment, String baseline, String scope, WilcoxonSignedRank.Result result) {}
