package io.hyperseed.graphap.train;

import java.util.List;

/**
 * Every model's folds under one split seed; all models ran on the same folds.
 *
 * @param seed split (and weight) seed
 * @param models per-model results, in run order
 */
public record SeedRun(long seed, List<ModelResult> models) {

    /** Copies the list. */
    public SeedRun {
        models = List.copyOf(models);
    }

    /**
     * @param id model id
     * @return that model's result under this seed
     */
    public ModelResult model(String id) {
        return models.stream()
                .filter(m -> m.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Model (" + id + ") was not run. Maybe one of "
                        + models.stream().map(ModelResult::id).toList() + "?"));
    }
}
