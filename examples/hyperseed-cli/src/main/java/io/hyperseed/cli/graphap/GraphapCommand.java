package io.hyperseed.cli.graphap;

import io.hyperseed.cli.Verbosity;
import io.hyperseed.graphap.StudyOptions;
import io.hyperseed.graphap.StudyResult;
import io.hyperseed.graphap.StudyRunner;
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
 * is an option ({@link HyperparameterOptions}) on top of a preset ({@code tuned} or {@code original}). This entry
 * point sets PyTorch to one intra-op and one inter-op thread unless {@code ai.djl.pytorch.num_threads} is already set
 * (these graphs are tiny).
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

    /**
     * Keeps picocli's model of this command and adds the hyper-parameter options to it. Picocli calls this while it
     * builds the model, after the annotated fields, so these options follow them in the help.
     */
    @CommandLine.Spec
    private void spec(CommandLine.Model.CommandSpec spec) {
        this.spec = spec;
        HyperparameterOptions.addTo(spec);
    }

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
        return options.withHyperparameters(HyperparameterOptions.apply(spec, options.hyperparameters()));
    }
}
