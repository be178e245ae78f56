package io.hyperseed.neural.bench;

import ai.djl.Device;
import ai.djl.engine.Engine;
import io.hyperseed.core.io.DataDirectory;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.problem.MaxCut;
import io.hyperseed.core.seed.SeedingContext;
import io.hyperseed.core.seed.SeedingException;
import io.hyperseed.neural.HgnnSeeder;
import io.hyperseed.neural.NeuralConfig;
import io.hyperseed.neural.NeuralEngine;
import io.hyperseed.neural.NeuralPhaseProperties;
import io.hyperseed.neural.train.TrainingResult;
import io.hyperseed.neural.train.TrainingStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The neural seeder's benchmark: prints the machine, the settings and the figures of the targets.
 *
 * <p>Usage: {@code NeuralBenchmark [toy] [cora] [epoch] [scaling] [memory] [name=value ...]} (no section = all);
 * {@code name=value} pairs are neural properties ({@link NeuralPhaseProperties}) plus {@code seeds=5},
 * {@code memoryEpochs=5000}, {@code data=DIR}, and for the Cora section's restart figures
 * {@code coraRestarts=8} (0 or 1 skips them) and {@code coraTimeLimit=30s} (their overall limit). Data comes
 * from the shared data folder ({@link DataDirectory}); sections whose files are missing are skipped with a
 * message.
 */
public final class NeuralBenchmark {

    private final Map<String, String> properties = new LinkedHashMap<>();
    private int seeds = 5;
    private int memoryEpochs = 5000;
    private int coraRestarts = 8;
    private String coraTimeLimit = "30s";
    private Path data = DataDirectory.configured();

    private NeuralBenchmark() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws Exception {
        NeuralBenchmark bench = new NeuralBenchmark();
        List<String> sections = new ArrayList<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                sections.add(arg);
                continue;
            }
            String name = arg.substring(0, eq);
            String value = arg.substring(eq + 1);
            switch (name) {
                case "seeds" -> bench.seeds = Integer.parseInt(value);
                case "memoryEpochs" -> bench.memoryEpochs = Integer.parseInt(value);
                case "data" -> bench.data = Path.of(value);
                case "coraRestarts" -> bench.coraRestarts = Integer.parseInt(value);
                case "coraTimeLimit" -> bench.coraTimeLimit = value;
                default -> bench.properties.put(name, value);
            }
        }
        if (sections.isEmpty()) {
            sections = List.of("toy", "cora", "epoch", "scaling", "memory");
        }
        bench.printMachine();
        for (String section : sections) {
            switch (section) {
                case "toy" -> bench.toy();
                case "cora" -> bench.cora();
                case "epoch" -> bench.epochTime();
                case "scaling" -> bench.scaling();
                case "memory" -> bench.memory();
                default -> throw new IllegalArgumentException("The section (" + section
                        + ") is unknown. Maybe toy, cora, epoch, scaling or memory?");
            }
        }
    }

    private NeuralConfig config() {
        NeuralPhaseProperties props = new NeuralPhaseProperties() { };
        props.applyProperties(properties);
        return props.toConfig();
    }

    private void printMachine() throws NativeLibraryCheck {
        System.out.println("# Hyperseed neural benchmark, " + Instant.now());
        System.out.println("machine: " + cpuModel() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores visible, Java " + Runtime.version() + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
        try {
            Engine engine = NeuralEngine.engine();
            System.out.println("engine: DJL " + Engine.getDjlVersion() + " " + engine.getEngineName() + " "
                    + engine.getVersion() + ", GPUs " + engine.getGpuCount() + ", torch threads "
                    + System.getProperty("ai.djl.pytorch.num_threads", "default") + ", OMP_NUM_THREADS "
                    + System.getenv("OMP_NUM_THREADS"));
        } catch (SeedingException e) {
            throw new NativeLibraryCheck(e);
        }
        System.out.println("settings: " + config());
        System.out.println("data: " + data);
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private void toy() throws SeedingException {
        System.out.println("\n## Seed toy: minimise -x1 - 0.8451 x1 x2 + x3 x4 + 2 x4 s.t. 2 x1 + 1.7183 x2 + 3 x1 x3"
                + " <= 4 (target x = [1,1,0,0], -1.8451)");
        PuboProblem toy = ToyProblem.problem();
        System.out.printf("toy epoch: %.2f ms median%n", new EpochTimer(toy, config()).medianMillis(20, 200));
        TrainingResult r = new HgnnSeeder(config()).train(toy, SeedingContext.of(1));
        System.out.printf("x = %s, objective %.4f, violation %.4f, relaxed %s, epochs %d, %d ms%n",
                bits(r.assignment()), r.objective(), r.violation(), Arrays.toString(r.relaxed()), r.epochs(),
                r.time().toMillis());
    }

    private static String bits(boolean[] values) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            s.append(i > 0 ? "," : "").append(values[i] ? 1 : 0);
        }
        return s.append(']').toString();
    }

    private PuboProblem coraProblem() throws IOException {
        Path file = data.resolve("seed-bip/cora_hypergraph.txt");
        if (!Files.exists(file)) {
            return null;
        }
        return MaxCut.compact(BenchmarkFiles.readZeroBasedEdges(file), "cora");
    }

    private void cora() throws Exception {
        PuboProblem problem = coraProblem();
        if (problem == null) {
            System.out.println("\n## Cora: skipped, data missing");
            return;
        }
        System.out.println("\n## Cora hypergraph max-cut (1413 hyperedges; seed GPU result 1394), " + seeds
                + " seeds");
        NeuralConfig config = config();
        double[] cuts = new double[seeds];
        double[] thresholds = new double[seeds];
        double[] seconds = new double[seeds];
        for (int s = 0; s < seeds; s++) {
            TrainingResult r = new HgnnSeeder(config).train(problem, SeedingContext.of(s + 1));
            cuts[s] = r.objective();
            thresholds[s] = r.thresholdRounded().objective();
            seconds[s] = r.time().toMillis() / 1000.0;
            System.out.printf("seed %d: cut %.0f (0.5-threshold before repair %.0f), epochs %d, %.2f s, %s%n", s + 1,
                    cuts[s], thresholds[s], r.epochs(), seconds[s], r.stopReason());
        }
        System.out.println("cut min/median/max: " + summary(cuts) + "; threshold-only: " + summary(thresholds)
                + "; seconds: " + summary(seconds));
        if (coraRestarts > 1) {
            coraRestarts(problem, config, cuts);
        }
    }

    /** The same seeds with up to {@code coraRestarts} restarts, the whole seeder within {@code coraTimeLimit}. */
    private void coraRestarts(PuboProblem problem, NeuralConfig single, double[] singleCuts) throws Exception {
        NeuralConfig config = single.toBuilder().optRestarts(coraRestarts)
                .optTimeLimit(NeuralPhaseProperties.parseDuration(coraTimeLimit)).build();
        System.out.println("\n## Cora with restarts=" + coraRestarts + ", timeLimit " + config.timeLimit() + " (whole "
                + "seeder), " + seeds + " seeds");
        double[] cuts = new double[seeds];
        double[] thresholds = new double[seeds];
        double[] seconds = new double[seeds];
        double[] ran = new double[seeds];
        for (int s = 0; s < seeds; s++) {
            long t = System.nanoTime();
            TrainingResult r = new HgnnSeeder(config).train(problem, SeedingContext.of(s + 1));
            seconds[s] = (System.nanoTime() - t) / 1e9;
            cuts[s] = r.objective();
            thresholds[s] = r.thresholdRounded().objective();
            ran[s] = r.restarts();
            System.out.printf("seed %d: cut %.0f (single run %.0f; winner's 0.5-threshold %.0f), restarts run %d, "
                    + "won by restart %d, epochs %d (all restarts), %.2f s wall, %s%n", s + 1, cuts[s],
                    singleCuts[s], thresholds[s], r.restarts(), r.bestRestart(), r.epochs(), seconds[s],
                    r.stopReason());
        }
        System.out.println("restarts cut min/median/max: " + summary(cuts) + "; winner's threshold-only: "
                + summary(thresholds) + "; restarts run: " + summary(ran) + "; wall seconds: " + summary(seconds));
    }

    private static String summary(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format("%.2f / %.2f / %.2f", sorted[0], sorted[sorted.length / 2], sorted[sorted.length - 1]);
    }

    private void epochTime() throws Exception {
        PuboProblem problem = coraProblem();
        if (problem == null) {
            System.out.println("\n## Epoch time: skipped, data missing");
            return;
        }
        System.out.println("\n## One epoch on Cora (forward, loss, backward, AdamW step), median of 200 after 20 warm-up");
        EpochTimer timer = new EpochTimer(problem, config());
        double ms = timer.medianMillis(20, 200);
        System.out.printf("epoch: %.2f ms median (%d parameters)%n", ms, timer.numParameters());
    }

    private void scaling() throws Exception {
        Path dir = data.resolve("hypop/synthetic_original");
        if (!Files.isDirectory(dir)) {
            System.out.println("\n## Scaling: skipped, data missing");
            return;
        }
        Map<String, String> reported = BenchmarkFiles.hypopReported(data.resolve("hypop/reported_results.csv"));
        System.out.println("\n## Scaling on HypOp synthetic hypergraphs (seed 1)");
        System.out.println("instance | n | m | pins | epoch ms | ms per 1000 pins | cut | threshold cut | epochs |"
                + " time s | HypOp reported");
        List<Path> files;
        try (var stream = Files.list(dir)) {
            files = stream.sorted((a, b) -> Integer.compare(size(a), size(b))).toList();
        }
        for (Path file : files) {
            Hypergraph graph = BenchmarkFiles.readHypop(file);
            PuboProblem problem = MaxCut.compact(graph, file.getFileName().toString());
            EpochTimer timer = new EpochTimer(problem, config());
            double ms = timer.medianMillis(10, 50);
            TrainingResult r = new HgnnSeeder(config()).train(problem, SeedingContext.of(1));
            System.out.printf("%s | %d | %d | %d | %.2f | %.3f | %.0f | %.0f | %d | %.1f | %s%n",
                    file.getFileName(), graph.numVertices(), graph.numEdges(), graph.numPins(), ms,
                    1000 * ms / graph.numPins(), r.objective(), r.thresholdRounded().objective(), r.epochs(),
                    r.time().toMillis() / 1000.0, reported.getOrDefault(file.getFileName().toString(), "-"));
        }
    }

    private static int size(Path file) {
        String[] parts = file.getFileName().toString().split("[_.]");
        return parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
    }

    private void memory() throws Exception {
        PuboProblem problem = coraProblem();
        if (problem == null) {
            System.out.println("\n## Memory: skipped, data missing");
            return;
        }
        System.out.println("\n## Memory over " + memoryEpochs + " epochs on Cora (heap used after GC, VmRSS)");
        EpochTimer timer = new EpochTimer(problem, config());
        int interval = Math.max(1, memoryEpochs / 10);
        for (int epoch = 0; epoch <= memoryEpochs; epoch++) {
            if (epoch % interval == 0) {
                System.gc();
                Runtime rt = Runtime.getRuntime();
                System.out.printf("epoch %5d: heap %6.1f MiB, RSS %7.1f MiB, live arrays %d%n", epoch,
                        (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rssMiB(), timer.liveArrays());
            }
            if (epoch < memoryEpochs) {
                timer.epoch();
            }
        }
        timer.close();
    }

    private static double rssMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    /** Raised when the engine cannot be loaded at all. */
    private static final class NativeLibraryCheck extends Exception {
        private static final long serialVersionUID = 1L;

        NativeLibraryCheck(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Runs bare training epochs (no evaluation) for timing and memory. */
    private static final class EpochTimer implements AutoCloseable {
        private final TrainingStep step;

        EpochTimer(PuboProblem problem, NeuralConfig config) {
            step = new TrainingStep(problem, config, Device.cpu(), new Random(1));
        }

        long numParameters() {
            return step.network().numParameters();
        }

        int liveArrays() {
            return step.liveArrays();
        }

        double medianMillis(int warmup, int runs) {
            for (int k = 0; k < warmup; k++) {
                epoch();
            }
            double[] ms = new double[runs];
            for (int k = 0; k < runs; k++) {
                long t = System.nanoTime();
                epoch();
                ms[k] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            close();
            return ms[runs / 2];
        }

        void epoch() {
            step.forwardBackward(0.0, 1.0, false);
            step.applyGradients(1.0);
        }

        @Override
        public void close() {
            step.close();
        }
    }
}
