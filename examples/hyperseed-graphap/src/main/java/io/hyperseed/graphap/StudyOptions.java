package io.hyperseed.graphap;

import io.hyperseed.graphap.model.ModelKind;
import java.nio.file.Path;
import java.util.List;

/**
 * What one study run does.
 *
 * @param datasetDir folder holding the TUDataset files, e.g. {@code MUTAG_A.txt}
 * @param datasetName file prefix, e.g. {@code MUTAG}
 * @param outputDir where the results table (markdown and CSV) and the per-fold chart (PNG) are written
 * @param folds number of cross-validation folds (default 10)
 * @param epochs epoch cap per fold (default 200, early stop after 50 epochs without better validation accuracy)
 * @param seed shuffle, weight and dropout seed (default 1234)
 * @param models subset of {@code gcn}, {@code gin}, {@code experiment} (and {@code experiment-gin}, the original
 *     study's GIN-backbone variant), run in this order
 * @param quick smoke run: only the first 2 folds, at most 5 epochs each
 */
public record StudyOptions(Path datasetDir, String datasetName, Path outputDir, int folds, int epochs, long seed,
        List<String> models, boolean quick) {

    /** Default number of folds. */
    public static final int DEFAULT_FOLDS = 10;
    /** Default epoch cap. */
    public static final int DEFAULT_EPOCHS = 200;
    /** Default seed, as in the original study. */
    public static final long DEFAULT_SEED = 1234;

    /** Checks the values and copies the model list. */
    public StudyOptions {
        models = List.copyOf(models);
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be at least 2 (" + folds + "). Maybe " + DEFAULT_FOLDS + "?");
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be positive (" + epochs + "). Maybe " + DEFAULT_EPOCHS + "?");
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException("No model to run (models " + models + "). Maybe [gcn, gin, experiment]?");
        }
        models.forEach(ModelKind::of);
        if (datasetName.isBlank()) {
            throw new IllegalArgumentException("datasetName is blank. Maybe MUTAG?");
        }
    }

    /**
     * The study's defaults: data set named after its folder, 10 folds, 200 epochs, seed 1234, all three models.
     *
     * @param datasetDir folder holding e.g. {@code MUTAG_A.txt}; its name is the data set name
     * @param outputDir where results are written
     * @return the options
     */
    public static StudyOptions defaults(Path datasetDir, Path outputDir) {
        Path name = datasetDir.toAbsolutePath().normalize().getFileName();
        return new StudyOptions(datasetDir, name == null ? "MUTAG" : name.toString(), outputDir, DEFAULT_FOLDS,
                DEFAULT_EPOCHS, DEFAULT_SEED, List.of("gcn", "gin", "experiment"), false);
    }

    /** @return a copy with another data set name */
    public StudyOptions withDatasetName(String name) {
        return new StudyOptions(datasetDir, name, outputDir, folds, epochs, seed, models, quick);
    }

    /** @return a copy with another fold count */
    public StudyOptions withFolds(int count) {
        return new StudyOptions(datasetDir, datasetName, outputDir, count, epochs, seed, models, quick);
    }

    /** @return a copy with another epoch cap */
    public StudyOptions withEpochs(int count) {
        return new StudyOptions(datasetDir, datasetName, outputDir, folds, count, seed, models, quick);
    }

    /** @return a copy with another seed */
    public StudyOptions withSeed(long value) {
        return new StudyOptions(datasetDir, datasetName, outputDir, folds, epochs, value, models, quick);
    }

    /** @return a copy with other models */
    public StudyOptions withModels(List<String> ids) {
        return new StudyOptions(datasetDir, datasetName, outputDir, folds, epochs, seed, ids, quick);
    }

    /** @return a copy with the smoke-run flag set or cleared */
    public StudyOptions withQuick(boolean value) {
        return new StudyOptions(datasetDir, datasetName, outputDir, folds, epochs, seed, models, value);
    }

    /** @return the models as kinds */
    public List<ModelKind> modelKinds() {
        return models.stream().map(ModelKind::of).toList();
    }
}
