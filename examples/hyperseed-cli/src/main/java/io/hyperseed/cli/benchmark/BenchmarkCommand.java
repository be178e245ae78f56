package io.hyperseed.cli.benchmark;

import io.hyperseed.cli.Choices;
import io.hyperseed.cli.Converters;
import io.hyperseed.cli.Instances;
import io.hyperseed.cli.NeuralSettings;
import io.hyperseed.cli.Solvers;
import io.hyperseed.cli.StopSignal;
import io.hyperseed.cli.Verbosity;
import io.hyperseed.core.io.Format;
import io.hyperseed.report.BenchmarkReport;
import io.hyperseed.report.ChartWriter;
import io.hyperseed.report.CsvReportWriter;
import io.hyperseed.report.HtmlReportWriter;
import io.hyperseed.report.MachineInfo;
import io.hyperseed.report.MarkdownReportWriter;
import io.hyperseed.report.Numbers;
import io.hyperseed.report.ReferenceTable;
import io.hyperseed.report.RunRecord;
import io.hyperseed.report.Summary;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hyperseed benchmark}: runs every (instance, config, framework, repeat) with the same budget on this
 * machine, one after the other, and writes {@code runs.csv}, {@code report.html} (plots embedded), the PNG plots
 * and optionally a Markdown table with published results beside the measured ones. Ctrl-C ends the benchmark
 * after the current run and still writes the reports.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compare configurations and frameworks on the same instances, budget and machine; write CSV, "
                + "HTML, PNG and Markdown reports.")
public final class BenchmarkCommand implements Callable<Integer> {

    @Mixin
    private Verbosity verbosity;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--instances", arity = "1..*", required = true, paramLabel = "GLOB",
            description = "Instance files or glob patterns (quote them), e.g. '../shared/data/gset/graphs/G1?.txt'.")
    private List<String> instancePatterns;

    @Option(names = "--format", paramLabel = "F", converter = Converters.FormatConverter.class,
            description = "The file format of every instance; detected per file when absent.")
    private Format format;

    @Option(names = "--configs", split = ",", defaultValue = "neural-tabu,tabu",
            description = "Configurations, comma separated (default: ${DEFAULT-VALUE}).")
    private List<String> configs;

    @Option(names = "--frameworks", split = ",", defaultValue = "timefold",
            description = "Frameworks, comma separated: timefold, optaplanner (default: ${DEFAULT-VALUE}).")
    private List<String> frameworks;

    @Option(names = "--time", defaultValue = "30s", converter = Converters.DurationConverter.class,
            description = "The budget of every run (default: ${DEFAULT-VALUE}).")
    private Duration time;

    @Option(names = "--repeats", defaultValue = "1", description = "Runs per combination, seeds S, S+1, ... "
            + "(default: ${DEFAULT-VALUE}).")
    private int repeats;

    @Option(names = "--seed", defaultValue = "1", description = "The seed of the first repeat (default: "
            + "${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--device", defaultValue = "auto", description = "cpu, gpu or auto (default: ${DEFAULT-VALUE}).")
    private String device;

    @Option(names = "--set", paramLabel = "name=value", description = "A neural property for every run (repeatable).")
    private List<String> settings = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The report folder (created).")
    private Path out;

    @Option(names = "--best-known", paramLabel = "FILE.csv", description = "Best-known values per instance.")
    private Path bestKnownFile;

    @Option(names = "--best-known-column", paramLabel = "NAME",
            description = "The value column of --best-known (default: the first containing best_known).")
    private String bestKnownColumn;

    @Option(names = "--anchors", paramLabel = "FILE.csv", description = "Published results to show beside ours.")
    private Path anchorsFile;

    @Option(names = "--anchor-columns", split = ",", paramLabel = "NAME",
            description = "The columns of --anchors to show (default: every result column).")
    private List<String> anchorColumns = new ArrayList<>();

    @Option(names = "--markdown", paramLabel = "FILE.md", description = "Also write the results as a Markdown table.")
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
        BenchmarkPlan plan = new BenchmarkPlan(InstanceGlobs.expand(instancePatterns), format, checkedConfigs,
                names, time, repeats, seed, Choices.device(device), NeuralSettings.parse(settings));
        List<String> instanceNames = plan.instances().stream().map(p -> p.getFileName().toString()).toList();
        ReferenceTable bestKnown = bestKnownFile == null ? null
                : ReferenceTable.bestKnown(bestKnownFile, bestKnownColumn, instanceNames);
        ReferenceTable anchors = anchorsFile == null ? null
                : ReferenceTable.anchors(anchorsFile, anchorColumns, instanceNames);
        Files.createDirectories(out);

        MachineInfo machine = MachineInfo.current();
        ZonedDateTime date = ZonedDateTime.now();
        Map<String, String> settingsShown = settingsOf(plan);
        stdout.println("machine    " + machine.oneLine());
        settingsShown.forEach((k, v) -> stdout.printf("%-10s %s%n", k, v));
        stdout.flush();

        List<RunRecord> records;
        try (StopSignal stop = StopSignal.install()) {
            BenchmarkRunner runner = new BenchmarkRunner(Solvers::byFramework, file -> Instances.read(file, format),
                    line -> {
                        stdout.println(line);
                        stdout.flush();
                    }, stop::isRequested);
            records = runner.run(plan, bestKnown);
            BenchmarkReport report = new BenchmarkReport(title, date, machine, settingsShown, records, anchors);
            writeReports(report, stdout);
        }
        return 0;
    }

    private void writeReports(BenchmarkReport report, PrintWriter stdout) throws java.io.IOException {
        Path csv = out.resolve("runs.csv");
        CsvReportWriter.write(report, csv);
        List<Path> plots = ChartWriter.writeAll(report, out);
        Path html = out.resolve("report.html");
        HtmlReportWriter.write(report, plots, html);
        if (markdown != null) {
            Path parent = markdown.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            MarkdownReportWriter.write(report, plots, markdown);
        }
        stdout.println();
        stdout.printf("%-24s %-28s %5s %12s %12s %9s %8s%n", "instance", "config/framework", "runs", "best", "mean",
                "gap", "seed s");
        for (Summary s : report.summaries()) {
            stdout.printf("%-24s %-28s %5s %12s %12s %9s %8.1f%n", s.instance(), s.label(),
                    s.feasibleRuns() + "/" + s.runs(), Numbers.objective(s.bestObjective()),
                    Numbers.objective(Numbers.round2(s.meanObjective())), Numbers.percent(s.meanGap()),
                    s.meanSeedSeconds());
        }
        stdout.println();
        stdout.println("csv        " + csv);
        stdout.println("html       " + html);
        plots.forEach(p -> stdout.println("plot       " + p));
        if (markdown != null) {
            stdout.println("markdown   " + markdown);
        }
        stdout.flush();
    }

    private Map<String, String> settingsOf(BenchmarkPlan plan) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("instances", plan.instances().size() + " (" + String.join(", ", plan.instances().stream()
                .map(p -> p.getFileName().toString()).toList()) + ")");
        s.put("configs", String.join(", ", configs));
        s.put("frameworks", String.join(", ", plan.frameworks()));
        s.put("budget", Numbers.seconds(plan.timeLimit()) + " per run, runs one after the other in one JVM");
        s.put("repeats", plan.repeats() + " (seeds " + plan.baseSeed() + ".." + (plan.baseSeed() + plan.repeats() - 1)
                + ")");
        s.put("device", plan.device());
        if (!plan.neuralProperties().isEmpty()) {
            s.put("neural", plan.neuralProperties().toString());
        }
        if (bestKnownFile != null) {
            s.put("best known", bestKnownFile.getFileName().toString());
        }
        return s;
    }
}
