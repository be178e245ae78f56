package io.hyperseed.graphap;

import io.hyperseed.graphap.model.ModelKind;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What one study run does.
 *
 * @param datasetDir folder holding the TUDataset files, e.g. {@code MUTAG_A.txt}
 * @param datasetName file prefix, e.g. {@code MUTAG}
 * @param outputDir where the results (markdown, CSV, PNG) and the community census are written
 * @param folds number of cross-validation folds (default 10)
 * @param seeds split seeds; each seed shuffles the graphs, and seeds the weights, batch order and dropout (default
 *     1234, 1235, 1236)
 * @param models subset of {@code gcn}, {@code gin}, {@code experiment} and {@code experiment-gin} (the original
 *     study's GIN-backbone variant), run in this order on the same folds
 * @param quick smoke run: only the first 2 folds, at most 5 epochs each
 * @param preset name of the preset the hyper-parameters started from ({@code tuned} or {@code original}), used in
 *     file names
 * @param hyperparameters model, training and community settings, the same for every model
 * @param cacheDir folder of the on-disk community cache, or null for memory only
 * @param census whether to write the community-count census of every similarity scaling
 */
public record StudyOptions(
        Path datasetDir,
        String datasetName,
        Path outputDir,
        int folds,
        List<Long> seeds,
        List<String> models,
        boolean quick,
        String preset,
        Hyperparameters hyperparameters,
        @Nullable Path cacheDir,
        boolean census) {

    /** Default number of folds. */
    public static final int DEFAULT_FOLDS = 10;
    /** Default split seeds: the original study's 1234 and the next two. */
    public static final List<Long> DEFAULT_SEEDS = List.of(1234L, 1235L, 1236L);

    /** Checks the values and copies the lists. */
    public StudyOptions {
        models = List.copyOf(models);
        seeds = List.copyOf(seeds);
        if (folds < 2) {
            throw new IllegalArgumentException(
                    "folds must be at least 2 (" + folds + "). Maybe " + DEFAULT_FOLDS + "?");
        }
        if (seeds.isEmpty() || seeds.stream().distinct().count() != seeds.size()) {
            throw new IllegalArgumentException(
                    "Need one or more distinct seeds (" + seeds + "). Maybe " + DEFAULT_SEEDS + "?");
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException("No model to run (models " + models + "). Maybe [gcn, experiment]?");
        }
        models.forEach(ModelKind::of);
        if (datasetName.isBlank()) {
            throw new IllegalArgumentException("datasetName is blank. Maybe MUTAG?");
        }
        if (!preset.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("preset must be a lower-case name (" + preset + "). Maybe tuned?");
        }
    }

    /**
     * The study's defaults: data set named after its folder, 10 folds, seeds 1234-1236, models gcn, gin, experiment,
     * the tuned preset, no disk cache, census on.
     *
     * @param datasetDir folder holding e.g. {@code MUTAG_A.txt}; its name is the data set name
     * @param outputDir where results are written
     * @return the options
     */
    public static StudyOptions defaults(Path datasetDir, Path outputDir) {
        Path name = datasetDir.toAbsolutePath().normalize().getFileName();
        return new StudyOptions(
                datasetDir,
                name == null ? "MUTAG" : name.toString(),
                outputDir,
                DEFAULT_FOLDS,
                DEFAULT_SEEDS,
                List.of("gcn", "gin", "experiment"),
                false,
                "tuned",
                Hyperparameters.tuned(),
                null,
                true);
    }

    /** @return a copy with another data set name */
    public StudyOptions withDatasetName(String name) {
        return copy(c -> c.datasetName = name);
    }

    /** @return a copy with another fold count */
    public StudyOptions withFolds(int count) {
        return copy(c -> c.folds = count);
    }

    /** @return a copy with other split seeds */
    public StudyOptions withSeeds(List<Long> values) {
        return copy(c -> c.seeds = values);
    }

    /** @return a copy with other models */
    public StudyOptions withModels(List<String> ids) {
        return copy(c -> c.models = ids);
    }

    /** @return a copy with the smoke-run flag set or cleared */
    public StudyOptions withQuick(boolean value) {
        return copy(c -> c.quick = value);
    }

    /**
     * @param name {@code tuned} or {@code original}
     * @return a copy with that preset's hyper-parameters
     */
    public StudyOptions withPreset(String name) {
        return copy(c -> {
            c.preset = name;
            c.hyperparameters = Hyperparameters.preset(name);
        });
    }

    /** @return a copy with other hyper-parameters (the preset name is kept) */
    public StudyOptions withHyperparameters(Hyperparameters value) {
        return copy(c -> c.hyperparameters = value);
    }

    /** @return a copy with another community cache folder (null: memory only) */
    public StudyOptions withCacheDir(@Nullable Path folder) {
        return copy(c -> c.cacheDir = folder);
    }

    /** @return a copy with the census switched on or off */
    public StudyOptions withCensus(boolean value) {
        return copy(c -> c.census = value);
    }

    /** @return the models as kinds */
    public List<ModelKind> modelKinds() {
        return models.stream().map(ModelKind::of).toList();
    }

    /** A copy of these options with {@code change} applied, checked by the canonical constructor. */
    private StudyOptions copy(Consumer<Copy> change) {
        Copy c = new Copy(this);
        change.accept(c);
        return c.build();
    }

    /** The mutable components of one copy, so that each {@code with} method names only what it changes. */
    private static final class Copy {
        private final Path datasetDir;
        private String datasetName;
        private final Path outputDir;
        private int folds;
        private List<Long> seeds;
        private List<String> models;
        private boolean quick;
        private String preset;
        private Hyperparameters hyperparameters;
        private @Nullable Path cacheDir;
        private boolean census;

        Copy(StudyOptions o) {
            datasetDir = o.datasetDir;
            datasetName = o.datasetName;
            outputDir = o.outputDir;
            folds = o.folds;
            seeds = o.seeds;
            models = o.models;
            quick = o.quick;
            preset = o.preset;
            hyperparameters = o.hyperparameters;
            cacheDir = o.cacheDir;
            census = o.census;
        }

        StudyOptions build() {
            return new StudyOptions(
                    datasetDir,
                    datasetName,
                    outputDir,
                    folds,
                    seeds,
                    models,
                    quick,
                    preset,
                    hyperparameters,
                    cacheDir,
                    census);
        }
    }
}
