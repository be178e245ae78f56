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
 * community attention model on a TUDataset such as MUTAG), delegating to {@link StudyRunner}. PyTorch runs on one
 * intra-op thread unless {@code ai.djl.pytorch.num_threads} is set (these graphs are tiny).
 */
@Command(name = "graphap", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run the graph-classification study (GCN / GIN / affinity-propagation attention) on a "
                + "TUDataset folder, e.g. ../shared/data/tudataset/MUTAG.")
public final class GraphapCommand implements Callable<Integer> {

    @Mixin
    private Verbosity verbosity;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET_DIR", description = "The folder with e.g. MUTAG_A.txt.")
    private Path datasetDir;

    @Option(names = "--out", defaultValue = "docs/graphap", description = "The results folder (default: "
            + "${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--quick", description = "A smoke run: 2 folds, at most 5 epochs each.")
    private boolean quick;

    @Option(names = "--models", split = ",", description = "A subset of gcn, gin, experiment (default: all).")
    private List<String> models = new ArrayList<>();

    @Option(names = "--folds", description = "Cross-validation folds (default: "
            + StudyOptions.DEFAULT_FOLDS + ").")
    private Integer folds;

    @Option(names = "--epochs", description = "The epoch cap per fold (default: " + StudyOptions.DEFAULT_EPOCHS + ").")
    private Integer epochs;

    @Option(names = "--seed", description = "The seed (default: " + StudyOptions.DEFAULT_SEED + ").")
    private Long seed;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(datasetDir)) {
            throw new NoSuchFileException(datasetDir.toString());
        }
        System.setProperty("ai.djl.pytorch.num_threads", System.getProperty("ai.djl.pytorch.num_threads", "1"));
        System.setProperty("ai.djl.pytorch.num_interop_threads",
                System.getProperty("ai.djl.pytorch.num_interop_threads", "1"));
        StudyOptions options = StudyOptions.defaults(datasetDir, out).withQuick(quick);
        if (!models.isEmpty()) {
            options = options.withModels(models);
        }
        if (folds != null) {
            options = options.withFolds(folds);
        }
        if (epochs != null) {
            options = options.withEpochs(epochs);
        }
        if (seed != null) {
            options = options.withSeed(seed);
        }
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
}
