package io.hyperseed.graphap;

import io.hyperseed.graphap.stats.PairedComparison;
import io.hyperseed.graphap.train.AccuracySummary;
import io.hyperseed.graphap.train.ModelResult;
import io.hyperseed.graphap.train.SeedRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What a study run measured and wrote.
 *
 * @param datasetName data set name
 * @param preset preset name the hyper-parameters started from
 * @param runs one run per split seed, every model on the same folds
 * @param comparisons paired tests of each Experiment against its backbone baseline, per seed and pooled
 * @param wallTime wall time of the whole run, community detection included
 * @param files files written (results markdown, CSV, PNG; community census CSV and PNG)
 */
public record StudyResult(
        String datasetName,
        String preset,
        List<SeedRun> runs,
        List<PairedComparison> comparisons,
        Duration wallTime,
        List<Path> files) {

    /** Copies the lists. */
    public StudyResult {
        runs = List.copyOf(runs);
        comparisons = List.copyOf(comparisons);
        files = List.copyOf(files);
    }

    /**
     * @param id model id, e.g. {@code experiment}
     * @return the test accuracies of every fold of every seed, seed by seed
     */
    public double[] accuracies(String id) {
        return runs.stream()
                .flatMapToDouble(run -> Arrays.stream(run.model(id).testAccuracies()))
                .toArray();
    }

    /**
     * @param id model id, e.g. {@code experiment}
     * @return mean and population std of that model's test accuracy over every fold of every seed
     */
    public AccuracySummary summary(String id) {
        return AccuracySummary.of(accuracies(id));
    }

    /**
     * @param id model id
     * @return that model's result under the first seed
     */
    public ModelResult model(String id) {
        return runs.get(0).model(id);
    }
}
