package io.hyperseed.cli.graphap;

import io.hyperseed.cli.Verbosity;
import io.hyperseed.graphap.Hyperparameters;
import io.hyperseed.graphap.StudyOptions;
import io.hyperseed.graphap.StudyResult;
import io.hyperseed.graphap.StudyRunner;
import io.hyperseed.graphap.cluster.CommunitySource;
import io.hyperseed.graphap.similarity.SimilarityScaling;
import io.hyperseed.graphap.train.Selection;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hyperseed graphap DATASET_DIR}: the graph-classification study (GCN, GIN and the affinity-propagation
 * community attention model on a TUDataset such as MUTAG), delegating to {@link StudyRunner}. Every hyper-parameter
 * is an option on top of a preset ({@code tuned} or {@code original}). This entry point sets PyTorch to one intra-op
 * and one inter-op thread unless {@code ai.djl.pytorch.num_threads} is already set (these graphs are tiny).
 */
@Command(
        name = "graphap",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Run the graph-classification study (GCN / GIN / affinity-propagation attention) on a "
                + "TUDataset folder, e.g. ../shared/data/tudataset/MUTAG.")
public final class GraphapCommand implements Callable<Integer> {

    @Mixin
    private Verbosity verbosity;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET_DIR", description = "The folder with e.g. MUTAG_A.txt.")
    private Path datasetDir;

    @Option(
            names = "--out",
            defaultValue = "docs/graphap",
            description = "The results folder (default: " + "${DEFAULT-VALUE}).")
    private Path out;

    @Option(
            names = "--preset",
            defaultValue = "tuned",
            description = "tuned (this project's settings) or original "
                    + "(the original notebook's: 2 layers, lr 0.05, dropout 0.3, 10 epochs, last epoch, raw similarity, AP "
                    + "1000 iterations, communities recomputed from the embeddings) (default: ${DEFAULT-VALUE}).")
    private String preset;

    @Option(names = "--quick", description = "A smoke run: 2 folds, at most 5 epochs each.")
    private boolean quick;

    @Option(
            names = "--models",
            split = ",",
            description = "A subset of gcn, gin, experiment, experiment-gin " + "(default: gcn, gin, experiment).")
    private List<String> models = new ArrayList<>();

    @Option(names = "--folds", description = "Cross-validation folds (default: " + StudyOptions.DEFAULT_FOLDS + ").")
    private Integer folds;

    @Option(names = "--seeds", split = ",", description = "Split seeds (default: 1234,1235,1236).")
    private List<Long> seeds = new ArrayList<>();

    @Option(
            names = "--cache",
            defaultValue = "target/graphap-cache",
            description = "Community cache folder " + "(default: ${DEFAULT-VALUE}).")
    private Path cache;

    @Option(
            names = "--no-census",
            negatable = false,
            description = "Skip the community-count census of every " + "similarity scaling.")
    private boolean noCensus;

    @Option(names = "--epochs", description = "Epoch cap per fold (tuned 200, original 10).")
    private Integer epochs;

    @Option(names = "--lr", description = "Adam learning rate (tuned 0.005, original 0.05).")
    private Float learningRate;

    @Option(names = "--batch", description = "Graphs per step (32).")
    private Integer batch;

    @Option(
            names = "--patience",
            description = "Early stop after this many epochs without better validation " + "accuracy (tuned 50).")
    private Integer patience;

    @Option(
            names = "--selection",
            description = "Reported epoch: best-validation or last (tuned best-validation, " + "original last).")
    private String selection;

    @Option(names = "--hidden", description = "Embedding and MLP width (64).")
    private Integer hidden;

    @Option(names = "--layers", description = "Backbone layers (tuned 3, original 2).")
    private Integer layers;

    @Option(names = "--community-layers", description = "Community-branch GCN layers (2).")
    private Integer communityLayers;

    @Option(names = "--top-k", description = "Communities kept by the attention (1).")
    private Integer topK;

    @Option(names = "--dropout", description = "Dropout in the MLP head (tuned 0.5, original 0.3).")
    private Float dropout;

    @Option(names = "--g", description = "Similarity weight g of the distance part (0.8).")
    private Double distanceWeight;

    @Option(
            names = "--similarity",
            description = "Scaling of the similarity's parts: raw, max or rank (tuned max, " + "original raw).")
    private String scaling;

    @Option(names = "--damping", description = "Affinity-propagation damping (0.8).")
    private Double damping;

    @Option(names = "--ap-iterations", description = "Affinity-propagation iteration cap (tuned 200, original 1000).")
    private Integer apIterations;

    @Option(
            names = "--ap-convergence",
            description = "Unchanged-exemplar iterations that stop affinity " + "propagation (15).")
    private Integer apConvergence;

    @Option(
            names = "--communities",
            description = "structure (bare graph, once) or embeddings (graph carrying the "
                    + "current embeddings, every epoch) (tuned structure, original embeddings).")
    private String communities;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(datasetDir)) {
            throw new NoSuchFileException(datasetDir.toString());
        }
        System.setProperty("ai.djl.pytorch.num_threads", System.getProperty("ai.djl.pytorch.num_threads", "1"));
        System.setProperty(
                "ai.djl.pytorch.num_interop_threads", System.getProperty("ai.djl.pytorch.num_interop_threads", "1"));
        StudyOptions options = options();
        PrintWriter stdout = spec.commandLine().getOut();
        long start = System.nanoTime();
        StudyResult result = StudyRunner.run(options, line -> {
            stdout.printf(Locale.ROOT, "[%6.1f s] %s%n", (System.nanoTime() - start) / 1e9, line);
            stdout.flush();
        });
        stdout.println("done in " + result.wallTime().toSeconds() + " s; results in " + out);
        stdout.flush();
        return 0;
    }

    /** @return the options the command line asks for */
    StudyOptions options() {
        StudyOptions options = StudyOptions.defaults(datasetDir, out)
                .withPreset(preset)
                .withQuick(quick)
                .withCacheDir(cache)
                .withCensus(!noCensus);
        if (!models.isEmpty()) {
            options = options.withModels(models);
        }
        if (folds != null) {
            options = options.withFolds(folds);
        }
        if (!seeds.isEmpty()) {
            options = options.withSeeds(seeds);
        }
        return options.withHyperparameters(hyperparameters(options.hyperparameters()));
    }

    private Hyperparameters hyperparameters(Hyperparameters base) {
        Hyperparameters hp = base;
        hp = epochs == null ? hp : hp.withEpochs(epochs);
        hp = learningRate == null ? hp : hp.withLearningRate(learningRate);
        hp = batch == null ? hp : hp.withBatchSize(batch);
        hp = patience == null ? hp : hp.withPatience(patience);
        hp = selection == null ? hp : hp.withSelection(Selection.of(selection));
        hp = hidden == null ? hp : hp.withHidden(hidden);
        hp = layers == null ? hp : hp.withLayers(layers);
        hp = communityLayers == null ? hp : hp.withCommunityLayers(communityLayers);
        hp = topK == null ? hp : hp.withTopK(topK);
        hp = dropout == null ? hp : hp.withDropout(dropout);
        hp = distanceWeight == null ? hp : hp.withDistanceWeight(distanceWeight);
        hp = scaling == null ? hp : hp.withScaling(SimilarityScaling.of(scaling));
        hp = damping == null ? hp : hp.withDamping(damping);
        hp = apIterations == null ? hp : hp.withApIterations(apIterations);
        hp = apConvergence == null ? hp : hp.withApConvergence(apConvergence);
        hp = communities == null ? hp : hp.withCommunitySource(CommunitySource.of(communities));
        return hp;
    }
}
