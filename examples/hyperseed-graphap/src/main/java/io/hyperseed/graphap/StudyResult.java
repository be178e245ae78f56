package io.hyperseed.graphap;

import io.hyperseed.graphap.train.AccuracySummary;
import io.hyperseed.graphap.train.ModelResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a study run measured and wrote.
 *
 * @param datasetName data set name
 * @param models per-model results (per-fold outcomes and test accuracies), in run order
 * @param wallTime wall time of the whole run, community detection included
 * @param files files written (markdown, CSV, PNG)
 */
public record StudyResult(String datasetName, List<ModelResult> models, Duration wallTime, List<Path> files) {

    /** Copies the lists. */
    public StudyResult {
        models = List.copyOf(models);
        files = List.copyOf(files);
    }

    /**
     * @param id model id, e.g. {@code experiment}
     * @return that model's mean and population std of test accuracy
     */
    public AccuracySummary summary(String id) {
        return model(id).summary();
    }

    /**
     * @param id model id
     * @return that model's result
     */
    public ModelResult model(String id) {
        return models.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "Model (" + id + ") was not run. Maybe one of " + models.stream().map(ModelResult::id).toList() + "?"));
    }
}
