package io.hyperseed.cli.benchmark;

import io.hyperseed.cli.Choices;
import io.hyperseed.cli.Converters;
import io.hyperseed.cli.Instances;
import io.hyperseed.cli.NeuralSettings;
import io.hyperseed.cli.Solvers;
import io.hyperseed.cli.StopSignal;
import io.hyperseed.cli.Verbosity;
import io.hyperseed.core.io.Format;
import io.hyperseed.core.io.Instance;
import io.hyperseed.report.BenchmarkMetadata;
import io.hyperseed.report.BenchmarkReport;
import io.hyperseed.report.MachineInfo;
import io.hyperseed.report.Numbers;
import io.hyperseed.report.ReferenceCuts;
import io.hyperseed.report.ReferenceTable;
import io.hyperseed.report.ReportFiles;
import io.hyperseed.report.RunRecord;
import io.hyperseed.report.ShardMerger;
import io.hyperseed.report.TextReportWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hyperseed benchmark}: runs every (instance, config, framework, repeat) with the same budget on this
 * machine, in a seeded random (or interleaved) order after an unrecorded warm-up, one run at a time or
 * {@code --parallel N} at once, optionally only the K-th of N slices of the run matrix ({@code --shard}, or read
 * from Slurm / Kubernetes). Writes {@code runs.csv} and {@code benchmark.csv} (everything {@code hyperseed report}
 * needs to merge shards), and when not sharded the whole report: {@code report.html} (plots embedded), the PNG
 * plots and optionally a Markdown table. Ctrl-C stops the runs in progress (recorded as stopped, not counted),
 * starts no further run, and still writes the files.
 */
@Command(
        name = "benchmark",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Compare configurations and frameworks on the same instances, budget and machine; write CSV, "
                + "HTML, PNG and Markdown reports. Shards of one benchmark are merged with 'hyperseed report'.")
public final class BenchmarkCommand implements Callable<Integer> {

    @Mixin
    private Verbosity verbosity;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--instances",
            arity = "1..*",
            required = true,
            paramLabel = "GLOB",
            description = "Instance files or glob patterns (quote them), e.g. '../shared/data/gset/graphs/G1?.txt'.")
    private List<String> instancePatterns;

    @Option(
            names = "--format",
            paramLabel = "F",
            converter = Converters.FormatConverter.class,
            description = "The file format of every instance; detected per file when absent.")
    private Format format;

    @Option(
            names = "--configs",
            split = ",",
            defaultValue = "neural-tabu,tabu",
            description = "Configurations, comma separated (default: ${DEFAULT-VALUE}).")
    private List<String> configs;

    @Option(
            names = "--frameworks",
            split = ",",
            defaultValue = "timefold",
            description = "Frameworks, comma separated: timefold, optaplanner (default: ${DEFAULT-VALUE}).")
    private List<String> frameworks;

    @Option(
            names = "--time",
            defaultValue = "30s",
            converter = Converters.DurationConverter.class,
            description = "The budget of every run (default: ${DEFAULT-VALUE}).")
    private Duration time;

    @Option(
            names = "--repeats",
            defaultValue = "3",
            description = "Runs per combination, seeds S, S+1, ... "
                    + "(default: ${DEFAULT-VALUE}); tables show the median and the spread.")
    private int repeats;

    @Option(
            names = "--seed",
            defaultValue = "1",
            description = "The seed of the first repeat (default: " + "${DEFAULT-VALUE}).")
    private long seed;

    @Option(
            names = "--order",
            defaultValue = "random",
            paramLabel = "ORDER",
            description = "The run order within each instance: random (seeded), interleaved (configs rotate per "
                    + "repeat) or sequential (config after config, biased; default: ${DEFAULT-VALUE}).")
    private String order;

    @Option(names = "--order-seed", paramLabel = "S", description = "The seed of the random order (default: --seed).")
    private Long orderSeed;

    @Option(
            names = "--warm-up",
            defaultValue = "1s",
            converter = WarmUpConverter.class,
            paramLabel = "TIME",
            description = "Before the first timed run, solve the smallest instance once per "
                    + "config and framework with this budget, unrecorded (JIT, PyTorch); 0s skips it (default: "
                    + "${DEFAULT-VALUE}).")
    private Duration warmUp;

    @Option(
            names = "--solutions",
            description = "Also write the final solution of every run to OUT/solutions/ (one file per run, in the "
                    + "instance's own variable names), so that an independent checker can re-evaluate each value.")
    private boolean solutions;

    @Option(
            names = "--equal-cpu",
            description = "One thread for everything: PyTorch intra-op and inter-op "
                    + "threads 1 (the search uses one thread), so neural and plain configs get the same CPU.")
    private boolean equalCpu;

    @Option(
            names = "--parallel",
            defaultValue = "1",
            paramLabel = "N",
            description = "Runs at once in this JVM "
                    + "(default: ${DEFAULT-VALUE}); the report says that runs shared the machine.")
    private int parallel;

    @Option(
            names = "--shard",
            paramLabel = "K/N",
            description = "Run only the K-th of N slices of the run matrix "
                    + "(K from 1). Default: from SLURM_ARRAY_TASK_ID/SLURM_ARRAY_TASK_COUNT or JOB_COMPLETION_INDEX (+ "
                    + "--shard-count or " + Shard.COUNT_VARIABLE
                    + "), else the whole matrix. Merge with 'hyperseed report'.")
    private String shard;

    @Option(
            names = "--shard-count",
            paramLabel = "N",
            description = "The number of shards when the index comes "
                    + "from JOB_COMPLETION_INDEX (Kubernetes Indexed Job).")
    private Integer shardCount;

    @Option(names = "--device", defaultValue = "auto", description = "cpu, gpu or auto (default: ${DEFAULT-VALUE}).")
    private String device;

    @Option(names = "--set", paramLabel = "name=value", description = "A neural property for every run (repeatable).")
    private List<String> settings = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The report folder (created).")
    private Path out;

    @Option(
            names = "--best-known",
            paramLabel = "FILE.csv",
            description = "Best-known values per instance (the "
                    + "reference for gaps and time to target; default: the built-in reference cuts of the public max-cut "
                    + "sets, else the best run).")
    private Path bestKnownFile;

    @Option(
            names = "--best-known-column",
            paramLabel = "NAME",
            description = "The value column of --best-known (default: the first containing best_known).")
    private String bestKnownColumn;

    @Option(names = "--anchors", paramLabel = "FILE.csv", description = "Published results to show beside ours.")
    private Path anchorsFile;

    @Option(
            names = "--anchor-columns",
            split = ",",
            paramLabel = "NAME",
            description = "The columns of --anchors to show (default: every result column).")
    private List<String> anchorColumns = new ArrayList<>();

    @Option(names = "--markdown", paramLabel = "FILE.md", description = "Also write the results as Markdown tables.")
    private Path markdown;

    @Option(names = "--title", defaultValue = "Hyperseed benchmark", description = "The report title.")
    private String title;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        List<String> checkedConfigs = new ArrayList<>();
        for (String c : configs) {
            checkedConfigs.add(Choices.config(c.trim()));
        }
        List<String> names = frameworks.stream().map(String::trim).toList();
        names.forEach(Solvers::byFramework);
        RunOrder runOrder = runOrder(order);
        BenchmarkPlan plan = new BenchmarkPlan(
                InstanceGlobs.expand(instancePatterns),
                format,
                checkedConfigs,
                names,
                time,
                repeats,
                seed,
                Choices.device(device),
                NeuralSettings.parse(settings),
                runOrder,
                orderSeed == null ? seed : orderSeed);
        Shard slice = Shard.resolve(shard, shardCount, System.getenv());
        List<PlannedRun> mine = slice.select(plan.runs());
        List<String> instanceNames =
                plan.instances().stream().map(p -> p.getFileName().toString()).toList();
        ReferenceTable bestKnown =
                bestKnownFile == null ? null : ReferenceTable.bestKnown(bestKnownFile, bestKnownColumn, instanceNames);
        ReferenceTable anchors =
                anchorsFile == null ? null : ReferenceTable.anchors(anchorsFile, anchorColumns, instanceNames);
        Path solutionDir = solutions ? out.resolve("solutions") : null;
        BenchmarkRunner.Options runOptions = new BenchmarkRunner.Options(parallel, warmUp, 1, solutionDir);
        Files.createDirectories(out);

        MachineInfo machine = MachineInfo.current();
        ZonedDateTime date = ZonedDateTime.now();
        Map<String, String> settingsShown = settingsOf(plan);
        stdout.println("machine    " + machine.oneLine());
        settingsShown.forEach((k, v) -> stdout.printf("%-10s %s%n", k, v));
        stdout.println("shard      " + slice + " (" + mine.size() + " of " + plan.size() + " runs; from "
                + slice.origin() + ")" + (parallel > 1 ? ", " + parallel + " at once" : ""));
        stdout.flush();

        if (equalCpu) {
            TorchThreads.limitToOne();
        }
        String torch = "";
        boolean anyNeural = mine.stream().anyMatch(r -> NeuralConfigs.isNeural(r.config()));
        if (anyNeural) {
            var pools = TorchThreads.load(equalCpu);
            torch = pools.map(TorchThreads.Pools::toString).orElse("");
            int intra = pools.map(TorchThreads.Pools::intraOp)
                    .orElse(Runtime.getRuntime().availableProcessors());
            runOptions = new BenchmarkRunner.Options(parallel, warmUp, Math.max(1, intra), solutionDir);
            stdout.println("PyTorch    "
                    + (torch.isEmpty()
                            ? "did not load (neural phases will fall back)"
                            : "intra-op/inter-op threads " + torch));
            stdout.flush();
        }

        List<RunRecord> records;
        try (StopSignal stop = StopSignal.install()) {
            BenchmarkRunner runner = new BenchmarkRunner(
                    Solvers::byFramework,
                    file -> Instances.read(file, format),
                    line -> {
                        stdout.println(line);
                        stdout.flush();
                    },
                    stop::isRequested);
            records = runner.run(plan, mine, runOptions, instance -> reference(instance, bestKnown));
        }
        Thread.interrupted(); // a Ctrl-C interrupt must not break the writes below (interruptible channels)
        BenchmarkReport shardReport = new BenchmarkReport(title, date, machine, settingsShown, records, anchors);
        BenchmarkMetadata metadata = new BenchmarkMetadata(
                title,
                date,
                machine,
                settingsShown,
                slice.index(),
                slice.count(),
                plan.size(),
                parallel,
                torch,
                anchorsFile == null ? "" : anchorsFile.getFileName().toString());
        ReportFiles.writeRuns(shardReport, metadata, out);
        stdout.println();
        if (slice.count() > 1) {
            stdout.println("shard " + slice + " done: " + out.resolve(ShardMerger.RUNS_FILE));
            stdout.println("merge the " + slice.count() + " shard folders with: hyperseed report DIR... --out DIR"
                    + (markdown == null ? "" : " --markdown " + markdown));
            stdout.flush();
            return 0;
        }
        ShardMerger.Merged merged = ShardMerger.merge(List.of(out), null);
        List<Path> files = ReportFiles.writeReport(merged, out, markdown);
        TextReportWriter.write(merged.report(), stdout);
        stdout.println();
        files.forEach(f -> stdout.println("wrote      " + f));
        stdout.flush();
        return 0;
    }

    private KnownValue reference(Instance instance, ReferenceTable bestKnown) {
        if (bestKnown != null && !bestKnown.columns().isEmpty()) {
            String column = bestKnown.columns().get(0);
            double v = bestKnown.value(instance.name(), column);
            if (!Double.isNaN(v)) {
                return new KnownValue(v, bestKnown.source().getFileName() + " (" + column + ")");
            }
        }
        if (instance.isMaxCut()) {
            OptionalDouble cut = ReferenceCuts.lookup(
                    instance.name(), instance.maxCutHypergraph().orElseThrow().numVertices());
            if (cut.isPresent()) {
                return new KnownValue(cut.getAsDouble(), ReferenceCuts.SOURCE);
            }
        }
        return KnownValue.NONE;
    }

    private static RunOrder runOrder(String text) {
        try {
            return RunOrder.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "The order (" + text + ") is not known. Maybe random, interleaved or " + "sequential?", e);
        }
    }

    private Map<String, String> settingsOf(BenchmarkPlan plan) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put(
                "instances",
                plan.instances().size() + " ("
                        + String.join(
                                ", ",
                                plan.instances().stream()
                                        .map(p -> p.getFileName().toString())
                                        .toList()) + ")");
        s.put("configs", String.join(", ", plan.configs()));
        s.put("frameworks", String.join(", ", plan.frameworks()));
        s.put("budget", Numbers.seconds(plan.timeLimit()) + " per run, in one JVM per shard");
        s.put(
                "repeats",
                plan.repeats() + " (seeds " + plan.baseSeed() + ".." + (plan.baseSeed() + plan.repeats() - 1)
                        + "); tables show medians and spreads");
        s.put(
                "order",
                switch (plan.order()) {
                    case RANDOM -> "random within each instance (order seed " + plan.orderSeed() + ")";
                    case INTERLEAVED -> "interleaved: config/framework pairs rotate per repeat";
                    case SEQUENTIAL -> "sequential: config after config (biased, for comparison)";
                });
        s.put(
                "warm-up",
                warmUp.isZero()
                        ? "none"
                        : "each config/framework once for " + Numbers.seconds(warmUp)
                                + " on the smallest instance before the first timed run (not reported)");
        s.put(
                "CPU",
                equalCpu
                        ? "equal-CPU mode: one thread for everything (PyTorch intra-op and inter-op 1, " + "search 1)"
                        : "default threads (neural training: PyTorch's intra-op threads; search: 1)");
        s.put("device", plan.device());
        if (!plan.neuralProperties().isEmpty()) {
            s.put("neural", new TreeMap<>(plan.neuralProperties()).toString());
        }
        if (bestKnownFile != null) {
            s.put("best known", bestKnownFile.getFileName().toString());
        }
        return s;
    }
}
