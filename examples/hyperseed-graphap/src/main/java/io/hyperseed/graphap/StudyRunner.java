package io.hyperseed.graphap;

import io.hyperseed.graphap.cluster.Communities;
import io.hyperseed.graphap.cluster.CommunityCache;
import io.hyperseed.graphap.cluster.CommunityDetector;
import io.hyperseed.graphap.cluster.CommunitySource;
import io.hyperseed.graphap.data.TuDataset;
import io.hyperseed.graphap.data.TuDatasetReader;
import io.hyperseed.graphap.model.GraphBatchBuilder;
import io.hyperseed.graphap.model.GraphSample;
import io.hyperseed.graphap.model.ModelKind;
import io.hyperseed.graphap.model.ModelShape;
import io.hyperseed.graphap.report.CommunityCensus;
import io.hyperseed.graphap.report.FoldChart;
import io.hyperseed.graphap.report.ResultTable;
import io.hyperseed.graphap.similarity.SimilarityScaling;
import io.hyperseed.graphap.stats.PairedComparison;
import io.hyperseed.graphap.stats.WilcoxonSignedRank;
import io.hyperseed.graphap.train.CrossValidationPlan;
import io.hyperseed.graphap.train.FoldOutcome;
import io.hyperseed.graphap.train.FoldTrainer;
import io.hyperseed.graphap.train.ModelResult;
import io.hyperseed.graphap.train.SeedRun;
import io.hyperseed.graphap.train.TrainingSettings;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.DoubleStream;
import org.jspecify.annotations.Nullable;

/**
 * Runs the graph-classification study: read the data set, find the affinity-propagation communities of every graph
 * (once, cached; or before every epoch from the current embeddings, see {@link CommunitySource}), then for every split
 * seed split (20 % fixed test set, k folds on the rest) and train every model on the same folds; test each
 * Experiment against its backbone baseline (exact Wilcoxon signed-rank over the folds, per seed and pooled); write
 * {@code <dataset>-<preset>-results.md}, {@code .csv} and {@code .png}, and with the census
 * {@code <dataset>-communities.csv} and {@code .png} (community counts for every {@link SimilarityScaling}).
 *
 * <p>Communities are cached in memory for the JVM and, when {@link StudyOptions#cacheDir()} is set, on disk. Runs are
 * serialised (DJL's gradient collector is JVM-wide). The caller chooses PyTorch's threads (system property
 * {@code ai.djl.pytorch.num_threads} before the engine first loads; these graphs are so small that one thread is
 * fastest). Time O(seeds x models x folds x epochs x data set size).
 */
public final class StudyRunner {

    private static final double TEST_FRACTION = 0.2;
    private static final int QUICK_FOLDS = 2;
    private static final int QUICK_EPOCHS = 5;
    private static final Map<String, List<Communities>> MEMORY_CACHE = new ConcurrentHashMap<>();
    private static final Map<String, String> PAIRS = Map.of("experiment", "gcn", "experiment-gin", "gin");

    private StudyRunner() {}

    /**
     * Runs the study.
     *
     * @param options what to run
     * @param progress receives human-readable progress lines
     * @return per-seed, per-model, per-fold accuracies, the paired tests, wall time and written files
     * @throws IOException when the data set cannot be read or the results cannot be written
     */
    public static synchronized StudyResult run(StudyOptions options, Consumer<String> progress) throws IOException {
        long start = System.nanoTime();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        TuDataset dataset = new TuDatasetReader().read(options.datasetDir(), options.datasetName());
        progress.accept(String.format(
                Locale.ROOT,
                "%s: %d graphs, %d nodes, %d edges, %d classes %s, %d node labels",
                dataset.name(),
                dataset.graphs().size(),
                dataset.totalNodes(),
                dataset.totalEdges(),
                dataset.classCount(),
                Arrays.toString(dataset.classSizes()),
                dataset.featureCount()));
        Hyperparameters hp = options.hyperparameters();
        List<ModelKind> kinds = options.modelKinds();
        boolean anyCommunities = kinds.stream().anyMatch(ModelKind::needsCommunities);
        List<Path> files = new ArrayList<>();
        if (options.census() && anyCommunities) {
            files.addAll(census(options, dataset, progress));
        }
        List<GraphSample> samples = samples(options, dataset, anyCommunities, progress);
        String communityLine = anyCommunities
                ? CommunityCensus.describe(
                        dataset.graphs(),
                        samples.stream().map(GraphSample::communities).toList())
                : "";

        int epochs = options.quick() ? Math.min(QUICK_EPOCHS, hp.epochs()) : hp.epochs();
        ModelShape shape = hp.shape(dataset.featureCount(), dataset.classCount());
        CommunityDetector redetector = hp.communitySource() == CommunitySource.EMBEDDINGS ? hp.detector() : null;
        List<SeedRun> runs = new ArrayList<>();
        List<Path> written = List.of();
        for (long seed : options.seeds()) {
            CrossValidationPlan plan = CrossValidationPlan.create(samples.size(), TEST_FRACTION, options.folds(), seed);
            int foldsToRun = options.quick() ? Math.min(QUICK_FOLDS, plan.foldCount()) : plan.foldCount();
            TrainingSettings settings = hp.withEpochs(epochs).training(seed);
            FoldTrainer trainer =
                    new FoldTrainer(new GraphBatchBuilder(dataset.featureCount()), shape, settings, redetector);
            List<GraphSample> test = pick(samples, plan.testIndices());
            Map<ModelKind, List<FoldOutcome>> outcomes = new LinkedHashMap<>();
            kinds.forEach(kind -> outcomes.put(kind, new ArrayList<>()));
            for (int fold = 0; fold < foldsToRun; fold++) {
                List<GraphSample> train = pick(samples, plan.training(fold));
                List<GraphSample> validation = pick(samples, plan.validation(fold));
                progress.accept(String.format(
                        Locale.ROOT,
                        "seed %d fold %d/%d: %d train, %d validation, %d test graphs",
                        seed,
                        fold + 1,
                        foldsToRun,
                        train.size(),
                        validation.size(),
                        test.size()));
                for (ModelKind kind : kinds) {
                    FoldOutcome outcome = trainer.train(kind, train, validation, test, progress);
                    outcomes.get(kind).add(outcome);
                    progress.accept(String.format(
                            Locale.ROOT,
                            "  %-14s fold %d: test acc %.4f (val %.4f, epoch %d of %d, %.1f s)",
                            kind.id(),
                            fold + 1,
                            outcome.testAccuracy(),
                            outcome.validationAccuracy(),
                            outcome.bestEpoch(),
                            outcome.epochsRun(),
                            outcome.seconds()));
                }
            }
            List<ModelResult> results = new ArrayList<>();
            outcomes.forEach((kind, list) -> results.add(new ModelResult(kind.id(), kind.title(), list)));
            runs.add(new SeedRun(seed, results));
            for (ModelResult result : results) {
                progress.accept(String.format(
                        Locale.ROOT,
                        "seed %d %s: test accuracy %.4f +- %.4f over %d folds",
                        seed,
                        result.title(),
                        result.summary().mean(),
                        result.summary().std(),
                        result.folds().size()));
            }
            // written after every seed, so a long run that is stopped keeps the seeds it finished
            written = write(
                    options,
                    dataset,
                    runs,
                    compare(runs, options.models()),
                    preamble(
                            options,
                            dataset,
                            hp,
                            epochs,
                            plan,
                            foldsToRun,
                            samples.size(),
                            anyCommunities,
                            redetector,
                            communityLine,
                            start,
                            loadBefore,
                            runs.size()));
        }
        List<PairedComparison> comparisons = compare(runs, options.models());
        comparisons.forEach(c -> progress.accept(String.format(
                Locale.ROOT,
                "%s vs %s (%s): mean difference %+.4f, Wilcoxon p = %.3g",
                c.experiment(),
                c.baseline(),
                c.scope(),
                c.result().meanDifference(),
                c.result().pValue())));
        files.addAll(written);
        files.forEach(file -> progress.accept("wrote " + file));
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        return new StudyResult(dataset.name(), options.preset(), runs, comparisons, wall, files);
    }

    private static List<String> preamble(
            StudyOptions options,
            TuDataset dataset,
            Hyperparameters hp,
            int epochs,
            CrossValidationPlan plan,
            int foldsRun,
            int sampleCount,
            boolean anyCommunities,
            @Nullable CommunityDetector redetector,
            String communityLine,
            long start,
            double loadBefore,
            int seedsRun) {
        double wall = (System.nanoTime() - start) / 1e9;
        double loadNow = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<String> preamble = new ArrayList<>();
        preamble.add(String.format(
                Locale.ROOT,
                "data set: %s, %d graphs, %d nodes, %d undirected edges, classes %s",
                dataset.name(),
                dataset.graphs().size(),
                dataset.totalNodes(),
                dataset.totalEdges(),
                Arrays.toString(dataset.classSizes())));
        preamble.add(String.format(
                Locale.ROOT,
                "protocol: for each split seed %s shuffle, keep a fixed test set of %d graphs (20 %%), %d-fold"
                        + " cross-validation on the other %d (%d folds run%s); every model on the same folds%s",
                options.seeds(),
                plan.testIndices().length,
                plan.foldCount(),
                sampleCount - plan.testIndices().length,
                foldsRun,
                options.quick() ? ", quick smoke run" : "",
                seedsRun < options.seeds().size()
                        ? "; only the first " + seedsRun + " of "
                                + options.seeds().size() + " seeds have run so far"
                        : ""));
        preamble.add("settings (preset " + options.preset() + "): "
                + hp.withEpochs(epochs).describe());
        if (anyCommunities) {
            preamble.add("communities" + (redetector == null ? "" : " of the bare graph (training recomputes them)")
                    + ": " + communityLine);
        }
        preamble.add(String.format(
                Locale.ROOT,
                "wall time %.1f s on %d available processors (load average %.1f at the start, %.1f at the end; %s %s,"
                        + " Java %s)",
                wall,
                Runtime.getRuntime().availableProcessors(),
                loadBefore,
                loadNow,
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                Runtime.version()));
        return preamble;
    }

    private static List<PairedComparison> compare(List<SeedRun> runs, List<String> models) {
        List<PairedComparison> comparisons = new ArrayList<>();
        WilcoxonSignedRank test = new WilcoxonSignedRank();
        for (String experiment : models) {
            String baseline = PAIRS.get(experiment);
            if (baseline == null || !models.contains(baseline)) {
                continue;
            }
            List<double[]> first = new ArrayList<>();
            List<double[]> second = new ArrayList<>();
            for (SeedRun run : runs) {
                double[] a = run.model(experiment).testAccuracies();
                double[] b = run.model(baseline).testAccuracies();
                first.add(a);
                second.add(b);
                comparisons.add(new PairedComparison(experiment, baseline, "seed " + run.seed(), test.test(a, b)));
            }
            if (runs.size() > 1) {
                comparisons.add(new PairedComparison(
                        experiment, baseline, "all seeds", test.test(concat(first), concat(second))));
            }
        }
        return comparisons;
    }

    private static double[] concat(List<double[]> arrays) {
        return arrays.stream().flatMapToDouble(DoubleStream::of).toArray();
    }

    private static List<Path> census(StudyOptions options, TuDataset dataset, Consumer<String> progress)
            throws IOException {
        Hyperparameters hp = options.hyperparameters();
        List<CommunityCensus.Entry> entries = new ArrayList<>();
        for (SimilarityScaling scaling : SimilarityScaling.values()) {
            List<Communities> communities =
                    communities(options, dataset, hp.withScaling(scaling).detector(), progress);
            entries.add(new CommunityCensus.Entry(scaling.id(), communities));
            progress.accept(
                    "census, " + scaling.id() + " scaling: " + CommunityCensus.describe(dataset.graphs(), communities));
        }
        String base = dataset.name().toLowerCase(Locale.ROOT) + "-communities";
        Path png = options.outputDir().resolve(base + ".png");
        Path csv = options.outputDir().resolve(base + ".csv");
        new CommunityCensus()
                .write(
                        png,
                        csv,
                        dataset.name() + ": communities per graph by similarity scaling (g " + hp.distanceWeight()
                                + ", damping " + hp.damping() + ", at most " + hp.apIterations() + " iterations)",
                        entries);
        return List.of(png, csv);
    }

    private static List<GraphSample> samples(
            StudyOptions options, TuDataset dataset, boolean anyCommunities, Consumer<String> progress)
            throws IOException {
        if (!anyCommunities) {
            return dataset.graphs().stream()
                    .map(GraphSample::withoutCommunities)
                    .toList();
        }
        List<Communities> communities =
                communities(options, dataset, options.hyperparameters().detector(), progress);
        List<GraphSample> samples = new ArrayList<>();
        for (int g = 0; g < dataset.graphs().size(); g++) {
            samples.add(new GraphSample(dataset.graphs().get(g), communities.get(g)));
        }
        return samples;
    }

    private static List<Communities> communities(
            StudyOptions options, TuDataset dataset, CommunityDetector detector, Consumer<String> progress)
            throws IOException {
        String key = options.datasetDir().toAbsolutePath().normalize() + "|" + dataset.name() + "|" + detector.key();
        List<Communities> communities = MEMORY_CACHE.get(key);
        if (communities == null) {
            long start = System.nanoTime();
            communities = new CommunityCache(detector, options.cacheDir()).communities(dataset, progress);
            MEMORY_CACHE.put(key, communities);
            progress.accept(String.format(
                    Locale.ROOT,
                    "communities (%s) ready in %.1f s",
                    detector.key(),
                    (System.nanoTime() - start) / 1e9));
        }
        return communities;
    }

    private static List<GraphSample> pick(List<GraphSample> samples, int[] indices) {
        return Arrays.stream(indices).mapToObj(samples::get).toList();
    }

    private static List<Path> write(
            StudyOptions options,
            TuDataset dataset,
            List<SeedRun> runs,
            List<PairedComparison> comparisons,
            List<String> preamble)
            throws IOException {
        String base = dataset.name().toLowerCase(Locale.ROOT) + "-" + options.preset() + "-results";
        Path markdown = options.outputDir().resolve(base + ".md");
        Path csv = options.outputDir().resolve(base + ".csv");
        Path png = options.outputDir().resolve(base + ".png");
        List<ModelResult> concatenated = new ArrayList<>();
        for (ModelResult first : runs.get(0).models()) {
            List<FoldOutcome> all = new ArrayList<>();
            runs.forEach(run -> all.addAll(run.model(first.id()).folds()));
            concatenated.add(new ModelResult(first.id(), first.title(), all));
        }
        new ResultTable().writeCsv(csv, runs);
        new FoldChart()
                .write(
                        png,
                        dataset.name() + " (" + options.preset() + "): test accuracy per fold, seeds "
                                + runs.stream().map(SeedRun::seed).toList() + " one after the other",
                        concatenated);
        new ResultTable()
                .writeMarkdown(
                        markdown,
                        dataset.name() + " graph-classification study, preset " + options.preset(),
                        preamble,
                        runs,
                        comparisons,
                        png.getFileName().toString());
        return List.of(markdown, csv, png);
    }
}
