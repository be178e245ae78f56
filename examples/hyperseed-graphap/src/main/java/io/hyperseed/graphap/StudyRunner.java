package io.hyperseed.graphap;

import io.hyperseed.graphap.cluster.Communities;
import io.hyperseed.graphap.cluster.CommunityCache;
import io.hyperseed.graphap.cluster.CommunityDetector;
import io.hyperseed.graphap.data.TuDataset;
import io.hyperseed.graphap.data.TuDatasetReader;
import io.hyperseed.graphap.model.GraphBatchBuilder;
import io.hyperseed.graphap.model.GraphSample;
import io.hyperseed.graphap.model.ModelKind;
import io.hyperseed.graphap.model.ModelShape;
import io.hyperseed.graphap.report.FoldChart;
import io.hyperseed.graphap.report.ResultTable;
import io.hyperseed.graphap.train.CrossValidationPlan;
import io.hyperseed.graphap.train.FoldOutcome;
import io.hyperseed.graphap.train.FoldTrainer;
import io.hyperseed.graphap.train.ModelResult;
import io.hyperseed.graphap.train.TrainingSettings;
import java.io.IOException;
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

/**
 * Runs the graph-classification study: read the data set, find the affinity-propagation communities of every graph
 * (once, cached), split (seed, 20 % fixed test set, k folds on the rest), train every model on every fold, and write
 * {@code <dataset>-results.md}, {@code .csv} and {@code .png} into the output folder.
 *
 * <p>Communities are cached in memory for the JVM and, when the system property {@code hyperseed.graphap.cache} names
 * a folder, on disk there ({@link #main} sets it to {@code target/graphap-cache}). Runs are serialised (DJL's gradient
 * collector is JVM-wide). Time O(models x folds x epochs x data set size).
 *
 * <p>{@link #run} sets {@code ai.djl.offline=true} and runs PyTorch on one intra-op thread unless the system
 * properties {@code ai.djl.offline} / {@code ai.djl.pytorch.num_threads} say otherwise (PyTorch reads them only when
 * the DJL engine first loads, so a caller that loaded it earlier must set them itself):
 * these graphs are so small that a second OpenMP thread only adds spin-waiting (measured 50x slower per step on a
 * loaded 2-core machine).
 */
public final class StudyRunner {

    /** System property naming the disk cache folder for communities. */
    public static final String CACHE_PROPERTY = "hyperseed.graphap.cache";

    private static final double TEST_FRACTION = 0.2;
    private static final int BATCH_SIZE = 32;
    private static final float LEARNING_RATE = 0.005f;
    private static final int PATIENCE = 50;
    private static final int QUICK_FOLDS = 2;
    private static final int QUICK_EPOCHS = 5;
    private static final Map<String, List<Communities>> MEMORY_CACHE = new ConcurrentHashMap<>();

    private StudyRunner() {}

    /**
     * Runs the study.
     *
     * @param options what to run
     * @param progress receives human-readable progress lines
     * @return per-model, per-fold accuracies, wall time and written files
     * @throws IOException when the data set cannot be read or the results cannot be written
     */
    public static synchronized StudyResult run(StudyOptions options, Consumer<String> progress) throws IOException {
        engineDefaults();
        long start = System.nanoTime();
        TuDataset dataset = new TuDatasetReader().read(options.datasetDir(), options.datasetName());
        progress.accept(String.format(Locale.ROOT, "%s: %d graphs, %d nodes, %d edges, %d classes %s, %d node labels",
                dataset.name(), dataset.graphs().size(), dataset.totalNodes(), dataset.totalEdges(),
                dataset.classCount(), Arrays.toString(dataset.classSizes()), dataset.featureCount()));
        List<ModelKind> kinds = options.modelKinds();
        List<GraphSample> samples = samples(options, dataset, kinds, progress);

        CrossValidationPlan plan = CrossValidationPlan.create(samples.size(), TEST_FRACTION, options.folds(),
                options.seed());
        int foldsToRun = options.quick() ? Math.min(QUICK_FOLDS, plan.foldCount()) : plan.foldCount();
        int epochs = options.quick() ? Math.min(QUICK_EPOCHS, options.epochs()) : options.epochs();
        TrainingSettings settings = new TrainingSettings(epochs, BATCH_SIZE, LEARNING_RATE, PATIENCE, options.seed());
        ModelShape shape = ModelShape.study(dataset.featureCount(), dataset.classCount());
        FoldTrainer trainer = new FoldTrainer(new GraphBatchBuilder(dataset.featureCount()), shape, settings);
        List<GraphSample> test = pick(samples, plan.testIndices());

        Map<ModelKind, List<FoldOutcome>> outcomes = new LinkedHashMap<>();
        kinds.forEach(kind -> outcomes.put(kind, new ArrayList<>()));
        for (int fold = 0; fold < foldsToRun; fold++) {
            List<GraphSample> train = pick(samples, plan.training(fold));
            List<GraphSample> validation = pick(samples, plan.validation(fold));
            progress.accept(String.format(Locale.ROOT, "fold %d/%d: %d train, %d validation, %d test graphs", fold + 1,
                    foldsToRun, train.size(), validation.size(), test.size()));
            for (ModelKind kind : kinds) {
                FoldOutcome outcome = trainer.train(kind, train, validation, test, progress);
                outcomes.get(kind).add(outcome);
                progress.accept(String.format(Locale.ROOT,
                        "  %-10s fold %d: test acc %.4f (val %.4f, best epoch %d of %d, %.1f s)", kind.id(), fold + 1,
                        outcome.testAccuracy(), outcome.validationAccuracy(), outcome.bestEpoch(), outcome.epochsRun(),
                        outcome.seconds()));
            }
        }
        List<ModelResult> results = new ArrayList<>();
        outcomes.forEach((kind, list) -> results.add(new ModelResult(kind.id(), kind.title(), list)));
        for (ModelResult result : results) {
            progress.accept(String.format(Locale.ROOT, "%s: test accuracy %.4f +- %.4f over %d folds", result.title(),
                    result.summary().mean(), result.summary().std(), result.folds().size()));
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        List<Path> files = write(options, dataset, plan, settings, shape, results, samples, wall, foldsToRun);
        files.forEach(file -> progress.accept("wrote " + file));
        return new StudyResult(dataset.name(), results, wall, files);
    }

    /**
     * Runs the study and prints progress to standard output.
     *
     * @param args dataset folder, output folder, then optionally a comma-separated model list (e.g.
     *     {@code gcn,gin,experiment,experiment-gin}), {@code --epochs N}, {@code --folds N}, {@code --quick}
     * @throws IOException when reading or writing fails
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: StudyRunner <dataset dir, e.g. ../shared/data/tudataset/MUTAG> <output dir>"
                    + " [gcn,gin,experiment,experiment-gin] [--epochs N] [--folds N] [--quick]");
            System.exit(2);
        }
        System.setProperty(CACHE_PROPERTY, System.getProperty(CACHE_PROPERTY, "target/graphap-cache"));
        StudyOptions options = StudyOptions.defaults(Path.of(args[0]), Path.of(args[1]));
        for (int i = 2; i < args.length; i++) {
            options = switch (args[i]) {
                case "--quick" -> options.withQuick(true);
                case "--epochs" -> options.withEpochs(Integer.parseInt(args[++i]));
                case "--folds" -> options.withFolds(Integer.parseInt(args[++i]));
                default -> options.withModels(List.of(args[i].split(",")));
            };
        }
        long start = System.nanoTime();
        run(options, line -> System.out.printf("[%6.1f s] %s%n", (System.nanoTime() - start) / 1e9, line));
    }

    /** Offline DJL and one PyTorch thread, unless already set; only effective before the engine first loads. */
    private static void engineDefaults() {
        System.setProperty("ai.djl.offline", System.getProperty("ai.djl.offline", "true"));
        System.setProperty("ai.djl.pytorch.num_threads", System.getProperty("ai.djl.pytorch.num_threads", "1"));
        System.setProperty("ai.djl.pytorch.num_interop_threads",
                System.getProperty("ai.djl.pytorch.num_interop_threads", "1"));
    }

    private static List<GraphSample> samples(StudyOptions options, TuDataset dataset, List<ModelKind> kinds,
            Consumer<String> progress) throws IOException {
        if (kinds.stream().noneMatch(ModelKind::needsCommunities)) {
            return dataset.graphs().stream().map(GraphSample::withoutCommunities).toList();
        }
        CommunityDetector detector = CommunityDetector.study();
        String key = options.datasetDir().toAbsolutePath().normalize() + "|" + dataset.name() + "|" + detector.key();
        List<Communities> communities = MEMORY_CACHE.get(key);
        if (communities == null) {
            String folder = System.getProperty(CACHE_PROPERTY);
            long start = System.nanoTime();
            communities = new CommunityCache(detector, folder == null ? null : Path.of(folder))
                    .communities(dataset, progress);
            MEMORY_CACHE.put(key, communities);
            progress.accept(String.format(Locale.ROOT, "communities ready in %.1f s: %s",
                    (System.nanoTime() - start) / 1e9, describe(communities)));
        }
        List<GraphSample> samples = new ArrayList<>();
        for (int g = 0; g < dataset.graphs().size(); g++) {
            samples.add(new GraphSample(dataset.graphs().get(g), communities.get(g)));
        }
        return samples;
    }

    private static String describe(List<Communities> communities) {
        double mean = communities.stream().mapToInt(Communities::count).average().orElse(0);
        int max = communities.stream().mapToInt(Communities::count).max().orElse(0);
        long single = communities.stream().filter(c -> c.count() == 1).count();
        return String.format(Locale.ROOT, "%.2f communities per graph on average (max %d, %d graphs with one)", mean,
                max, single);
    }

    private static List<GraphSample> pick(List<GraphSample> samples, int[] indices) {
        return Arrays.stream(indices).mapToObj(samples::get).toList();
    }

    private static List<Path> write(StudyOptions options, TuDataset dataset, CrossValidationPlan plan,
            TrainingSettings settings, ModelShape shape, List<ModelResult> results, List<GraphSample> samples,
            Duration wall, int foldsRun) throws IOException {
        String base = dataset.name().toLowerCase(Locale.ROOT) + "-results";
        Path markdown = options.outputDir().resolve(base + ".md");
        Path csv = options.outputDir().resolve(base + ".csv");
        Path png = options.outputDir().resolve(base + ".png");
        List<String> preamble = new ArrayList<>();
        preamble.add(String.format(Locale.ROOT, "data set: %s, %d graphs, %d nodes, %d undirected edges, classes %s",
                dataset.name(), dataset.graphs().size(), dataset.totalNodes(), dataset.totalEdges(),
                Arrays.toString(dataset.classSizes())));
        preamble.add(String.format(Locale.ROOT,
                "protocol: shuffle with seed %d, fixed test set of %d graphs (20 %%), %d-fold cross-validation on the"
                        + " other %d (%d folds run%s); reported: test accuracy at the best-validation epoch",
                options.seed(), plan.testIndices().length, plan.foldCount(),
                samples.size() - plan.testIndices().length, foldsRun, options.quick() ? ", quick smoke run" : ""));
        preamble.add(String.format(Locale.ROOT,
                "training: Adam lr %s, batch %d, at most %d epochs, early stop after %d epochs without better"
                        + " validation accuracy; hidden %d, %d layers, community GCN %d layers, top-%d, dropout %s",
                settings.learningRate(), settings.batchSize(), settings.epochs(), settings.patience(), shape.hidden(),
                shape.layers(), shape.communityLayers(), shape.topK(), shape.dropout()));
        if (results.stream().anyMatch(r -> r.id().equals(ModelKind.EXPERIMENT.id()))) {
            preamble.add("communities: " + describe(samples.stream().map(GraphSample::communities).toList()));
        }
        preamble.add(String.format(Locale.ROOT, "wall time %.1f s on %d available processors (%s %s, Java %s)",
                wall.toNanos() / 1e9, Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), Runtime.version()));
        new ResultTable().writeCsv(csv, results);
        new FoldChart().write(png, dataset.name() + ": test accuracy per fold", results);
        new ResultTable().writeMarkdown(markdown, dataset.name() + " graph-classification study", preamble, results,
                png.getFileName().toString());
        return List.of(markdown, csv, png);
    }
}
