package io.hyperseed.graphap.train;

import java.util.List;

/**
 * All folds of one model.
 *
 * @param id model id, e.g. {@code gcn}
 * @param title readable name, e.g. {@code Base GCN}
 * @param folds per-fold outcomes in fold order
 */
public record ModelResult(String id, String title, List<FoldOutcome> folds) {

    /** Copies the list. */
    public ModelResult {
        folds = List.copyOf(folds);
    }

    /** @return test accuracy of every fold */
    public double[] testAccuracies() {
        return folds.stream().mapToDouble(FoldOutcome::testAccuracy).toArray();
    }

    /** @return mean and population std of the test accuracies */
    public AccuracySummary summary() {
        return AccuracySummary.of(testAccuracies());
    }

    /** @return total training seconds over the folds */
    public double seconds() {
        return folds.stream().mapToDouble(FoldOutcome::seconds).sum();
    }
}
