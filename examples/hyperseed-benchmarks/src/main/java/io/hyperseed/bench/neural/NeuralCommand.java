package io.hyperseed.bench.neural;

import ai.djl.engine.Engine;
import io.hyperseed.bench.BenchmarkCommand;
import io.hyperseed.bench.RunHeader;
import io.hyperseed.cli.Converters;
import io.hyperseed.cli.NeuralSettings;
import io.hyperseed.core.generate.ExampleData;
import io.hyperseed.core.io.Format;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.seed.SeedingContext;
import io.hyperseed.neural.HgnnSeeder;
import io.hyperseed.neural.NeuralConfig;
import io.hyperseed.neural.NeuralEngine;
import io.hyperseed.neural.NeuralPhaseProperties;
import io.hyperseed.neural.train.TrainingResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hyperseed-benchmarks neural}: the HGNN+ seeder alone, sections {@code toy} (the seed notebook's program),
 * {@code cora} (cut over several seeds, then with restarts), {@code epoch} (one training epoch on Cora),
 * {@code scaling} (HypOp synthetic hypergraphs: epoch time per pin, cut) and {@code memory} (heap and RSS over many
 * epochs). Sections whose data is missing are skipped with a line saying so. Writes
 * {@code docs/results/neural-benchmark.txt}.
 */
@Command(
        name = "neural",
        mixinStandardHelpOptions = true,
        description = "The HGNN+ seeder alone: toy, Cora cut and epoch time, HypOp scaling, memory.")
public final class NeuralCommand extends BenchmarkCommand {

    /** The sections, in their default order. */
    public enum Section {
        toy,
        cora,
        epoch,
        scaling,
        memory
    }

    private static final String CORA = "seed-bip/cora_hypergraph.txt";
    private static final String HYPOP = "hypop/synthetic_original";
    private static final String HYPOP_REPORTED = "hypop/reported_results.csv";

    @Parameters(
            paramLabel = "SECTION",
            arity = "0..*",
            description = "Sections to run: ${COMPLETION-CANDIDATES} (default: all).")
    private List<Section> sections = List.of(Section.values());

    @Option(
            names = "--set",
            paramLabel = "NAME=VALUE",
            description = "A neural property (as in 'hyperseed solve --set'), e.g. --set epochs=400.")
    private List<String> settings = new ArrayList<>();

    @Option(
            names = "--seeds",
            paramLabel = "N",
            defaultValue = "5",
            description = "Seeds for the Cora section (default: ${DEFAULT-VALUE}).")
    private int seeds;

    @Option(
            names = "--memory-epochs",
            paramLabel = "N",
            defaultValue = "5000",
            description = "Epochs of the memory section (default: ${DEFAULT-VALUE}).")
    private int memoryEpochs;

    @Option(
            names = "--epoch-runs",
            paramLabel = "N",
            defaultValue = "200",
            description = "Timed epochs of the toy and epoch sections, after a tenth as many warm-up epochs (default:"
                    + " ${DEFAULT-VALUE}).")
    private int epochRuns;

    @Option(
            names = "--cora-restarts",
            paramLabel = "N",
            defaultValue = "8",
            description = "Restarts of the Cora restart figures; 0 or 1 skips them (default: ${DEFAULT-VALUE}).")
    private int coraRestarts;

    @Option(
            names = "--cora-time-limit",
            paramLabel = "DURATION",
            defaultValue = "30s",
            converter = Converters.DurationConverter.class,
            description = "The whole seeder's limit in the Cora restart figures (default: ${DEFAULT-VALUE}).")
    private Duration coraTimeLimit;

    private PrintWriter out;
    private NeuralConfig config;

    @Override
    public Integer call() throws Exception {
        if (seeds < 1 || memoryEpochs < 0 || epochRuns < 1) {
            throw new IllegalArgumentException("The counts (--seeds " + seeds + ", --memory-epochs " + memoryEpochs
                    + ", --epoch-runs " + epochRuns + ") are out of range. Maybe --seeds 5 --memory-epochs 5000"
                    + " --epoch-runs 200?");
        }
        out = output();
        config = config(NeuralSettings.parse(settings));
        RunHeader.print(out, "neural " + sections, config + "; data " + data.folder());
        Engine engine = NeuralEngine.engine();
        out.println("# engine: DJL " + Engine.getDjlVersion() + " " + engine.getEngineName() + " "
                + engine.getVersion() + ", GPUs " + engine.getGpuCount() + ", torch threads "
                + System.getProperty("ai.djl.pytorch.num_threads", "default") + ", OMP_NUM_THREADS "
                + System.getenv("OMP_NUM_THREADS"));
        out.flush();
        for (Section section : sections) {
            switch (section) {
                case toy -> toy();
                case cora -> cora();
                case epoch -> epochTime();
                case scaling -> scaling();
                case memory -> memory();
                default -> throw new IllegalStateException("Unhandled section " + section);
            }
            out.flush();
        }
        return 0;
    }

    /** The seeder's settings from validated {@code --set} properties. */
    static NeuralConfig config(Map<String, String> properties) {
        NeuralPhaseProperties phase = new NeuralPhaseProperties() {};
        phase.applyProperties(properties);
        return phase.toConfig();
    }

    private void toy() throws Exception {
        out.println("\n## Seed toy: minimise -x1 - 0.8451 x1 x2 + x3 x4 + 2 x4 s.t. 2 x1 + 1.7183 x2 + 3 x1 x3"
                + " <= 4 (target x = [1,1,0,0], -1.8451)");
        PuboProblem toy = ExampleData.seedToy();
        try (EpochTimer timer = new EpochTimer(toy, config)) {
            out.printf(Locale.ROOT, "toy epoch: %.2f ms median%n", timer.medianMillis(epochRuns / 10, epochRuns));
        }
        TrainingResult r = new HgnnSeeder(config).train(toy, SeedingContext.of(1));
        out.printf(
                Locale.ROOT,
                "x = %s, objective %.4f, violation %.4f, relaxed %s, epochs %d, %d ms%n",
                bits(r.assignment()),
                r.objective(),
                r.violation(),
                Arrays.toString(r.relaxed()),
                r.epochs(),
                r.time().toMillis());
    }

    private Optional<Instance> coraInstance() throws IOException {
        return optional(CORA).isEmpty() ? Optional.empty() : Optional.of(data.read(CORA, Format.BIPNN));
    }

    private Optional<Path> optional(String relative) {
        Path file = data.folder().resolve(relative);
        return Files.exists(file) ? Optional.of(file) : Optional.empty();
    }

    private void cora() throws Exception {
        Optional<Instance> cora = coraInstance();
        if (cora.isEmpty()) {
            out.println("\n## Cora: skipped, data missing (" + data.folder().resolve(CORA) + ")");
            return;
        }
        PuboProblem problem = cora.get().problem();
        out.println("\n## Cora hypergraph max-cut (" + cora.get().hypergraph().numEdges()
                + " hyperedges; seed GPU result 1394), " + seeds + " seeds");
        double[] cuts = new double[seeds];
        double[] thresholds = new double[seeds];
        double[] seconds = new double[seeds];
        for (int s = 0; s < seeds; s++) {
            TrainingResult r = new HgnnSeeder(config).train(problem, SeedingContext.of(s + 1));
            cuts[s] = r.objective();
            thresholds[s] = r.thresholdRounded().objective();
            seconds[s] = r.time().toMillis() / 1000.0;
            out.printf(
                    Locale.ROOT,
                    "seed %d: cut %.0f (0.5-threshold before repair %.0f), epochs %d, %.2f s, %s%n",
                    s + 1,
                    cuts[s],
                    thresholds[s],
                    r.epochs(),
                    seconds[s],
                    r.stopReason());
            out.flush();
        }
        out.println("cut min/median/max: " + summary(cuts) + "; threshold-only: " + summary(thresholds) + "; seconds: "
                + summary(seconds));
        if (coraRestarts > 1) {
            coraRestarts(problem, cuts);
        }
    }

    /** The same seeds with up to {@code --cora-restarts} restarts, the whole seeder within its time limit. */
    private void coraRestarts(PuboProblem problem, double[] singleCuts) throws Exception {
        NeuralConfig restarts = config.toBuilder()
                .optRestarts(coraRestarts)
                .optTimeLimit(coraTimeLimit)
                .build();
        out.println("\n## Cora with restarts=" + coraRestarts + ", timeLimit " + restarts.timeLimit()
                + " (whole seeder), " + seeds + " seeds");
        double[] cuts = new double[seeds];
        double[] thresholds = new double[seeds];
        double[] seconds = new double[seeds];
        double[] ran = new double[seeds];
        for (int s = 0; s < seeds; s++) {
            long start = System.nanoTime();
            TrainingResult r = new HgnnSeeder(restarts).train(problem, SeedingContext.of(s + 1));
            seconds[s] = (System.nanoTime() - start) / 1e9;
            cuts[s] = r.objective();
            thresholds[s] = r.thresholdRounded().objective();
            ran[s] = r.restarts();
            out.printf(
                    Locale.ROOT,
                    "seed %d: cut %.0f (single run %.0f; winner's 0.5-threshold %.0f), restarts run"
                            + " %d, won by restart %d, epochs %d (all restarts), %.2f s wall, %s%n",
                    s + 1,
                    cuts[s],
                    singleCuts[s],
                    thresholds[s],
                    r.restarts(),
                    r.bestRestart(),
                    r.epochs(),
                    seconds[s],
                    r.stopReason());
            out.flush();
        }
        out.println("restarts cut min/median/max: " + summary(cuts) + "; winner's threshold-only: "
                + summary(thresholds) + "; restarts run: " + summary(ran) + "; wall seconds: " + summary(seconds));
    }

    private void epochTime() throws Exception {
        Optional<Instance> cora = coraInstance();
        if (cora.isEmpty()) {
            out.println(
                    "\n## Epoch time: skipped, data missing (" + data.folder().resolve(CORA) + ")");
            return;
        }
        out.println("\n## One epoch on Cora (forward, loss, backward, AdamW step), median of " + epochRuns + " after "
                + epochRuns / 10 + " warm-up");
        try (EpochTimer timer = new EpochTimer(cora.get().problem(), config)) {
            double ms = timer.medianMillis(epochRuns / 10, epochRuns);
            out.printf(Locale.ROOT, "epoch: %.2f ms median (%d parameters)%n", ms, timer.numParameters());
        }
    }

    private void scaling() throws Exception {
        Optional<Path> dir = optional(HYPOP).filter(Files::isDirectory);
        if (dir.isEmpty()) {
            out.println("\n## Scaling: skipped, data missing (" + data.folder().resolve(HYPOP) + ")");
            return;
        }
        Map<String, String> reported = hypopReported(data.folder().resolve(HYPOP_REPORTED));
        out.println("\n## Scaling on HypOp synthetic hypergraphs (seed 1)");
        out.println("instance | n | m | pins | epoch ms | ms per 1000 pins | cut | threshold cut | epochs |"
                + " time s | HypOp reported");
        List<Path> files;
        try (Stream<Path> stream = Files.list(dir.get())) {
            files = stream.sorted(Comparator.comparingInt(NeuralCommand::declaredSize))
                    .toList();
        }
        for (Path file : files) {
            Instance instance = data.read(file.toString(), Format.HYPOP);
            Hypergraph graph = instance.hypergraph();
            double ms;
            try (EpochTimer timer = new EpochTimer(instance.problem(), config)) {
                ms = timer.medianMillis(10, 50);
            }
            TrainingResult r = new HgnnSeeder(config).train(instance.problem(), SeedingContext.of(1));
            out.printf(
                    Locale.ROOT,
                    "%s | %d | %d | %d | %.2f | %.3f | %.0f | %.0f | %d | %.1f | %s%n",
                    file.getFileName(),
                    graph.numVertices(),
                    graph.numEdges(),
                    graph.numPins(),
                    ms,
                    1000 * ms / graph.numPins(),
                    r.objective(),
                    r.thresholdRounded().objective(),
                    r.epochs(),
                    r.time().toMillis() / 1000.0,
                    reported.getOrDefault(file.getFileName().toString(), "-"));
            out.flush();
        }
    }

    /** The vertex count in a HypOp file name ({@code Hyp_8901_13058.txt}: 8901), 0 when absent. */
    static int declaredSize(Path file) {
        String[] parts = file.getFileName().toString().split("[_.]");
        return parts.length > 1 && parts[1].matches("\\d+") ? Integer.parseInt(parts[1]) : 0;
    }

    /** Instance file name to HypOp's own reported cut (rows {@code synthetic_original/...,FILE,HypOp,CUT,...}). */
    static Map<String, String> hypopReported(Path csv) throws IOException {
        Map<String, String> cuts = new HashMap<>();
        if (!Files.exists(csv)) {
            return cuts;
        }
        for (String line : Files.readAllLines(csv)) {
            String[] fields = line.split(",");
            if (fields.length > 3 && fields[0].startsWith("synthetic_original/") && fields[2].equals("HypOp")) {
                cuts.put(fields[1], fields[3]);
            }
        }
        return cuts;
    }

    private void memory() throws Exception {
        Optional<Instance> cora = coraInstance();
        if (cora.isEmpty()) {
            out.println("\n## Memory: skipped, data missing (" + data.folder().resolve(CORA) + ")");
            return;
        }
        out.println("\n## Memory over " + memoryEpochs + " epochs on Cora (heap used after GC, VmRSS)");
        try (EpochTimer timer = new EpochTimer(cora.get().problem(), config)) {
            int interval = Math.max(1, memoryEpochs / 10);
            for (int epoch = 0; epoch <= memoryEpochs; epoch++) {
                if (epoch % interval == 0) {
                    System.gc();
                    Runtime rt = Runtime.getRuntime();
                    out.printf(
                            Locale.ROOT,
                            "epoch %5d: heap %6.1f MiB, RSS %7.1f MiB, live arrays %d%n",
                            epoch,
                            (rt.totalMemory() - rt.freeMemory()) / 1048576.0,
                            rssMiB(),
                            timer.liveArrays());
                    out.flush();
                }
                if (epoch < memoryEpochs) {
                    timer.epoch();
                }
            }
        }
    }

    private static double rssMiB() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return Double.NaN;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    private static String bits(boolean[] values) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            s.append(i > 0 ? "," : "").append(values[i] ? 1 : 0);
        }
        return s.append(']').toString();
    }

    private static String summary(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format(
                Locale.ROOT, "%.2f / %.2f / %.2f", sorted[0], sorted[sorted.length / 2], sorted[sorted.length - 1]);
    }
}
