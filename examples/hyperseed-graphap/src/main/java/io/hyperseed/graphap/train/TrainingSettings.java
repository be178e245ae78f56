package io.hyperseed.graphap.train;

/**
 * How one fold is trained: Adam with a fixed learning rate on mini-batches, at most {@code epochs} epochs, early stop
 * after {@code patience} epochs without a better validation accuracy.
 *
 * @param epochs epoch cap, at least 1
 * @param batchSize graphs per step, at least 1
 * @param learningRate Adam step size, positive
 * @param patience epochs without improvement before stopping, at least 1
 * @param seed seed of weights, batch order and dropout
 * @param selection which epoch is reported
 */
public record TrainingSettings(
        int epochs, int batchSize, float learningRate, int patience, long seed, Selection selection) {

    /** Checks the values. */
    public TrainingSettings {
        if (epochs < 1 || batchSize < 1 || patience < 1 || !(learningRate > 0)) {
            throw new IllegalArgumentException(
                    "Invalid training settings (epochs " + epochs + ", batchSize " + batchSize + ", learningRate "
                            + learningRate + ", patience " + patience + "). Maybe epochs 200, batch 32, lr 0.005?");
        }
        if (selection == null) {
            throw new IllegalArgumentException("selection is missing. Maybe Selection.BEST_VALIDATION?");
        }
    }
}
