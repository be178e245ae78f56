package io.hyperseed.cli.report;

import io.hyperseed.cli.Verbosity;
import io.hyperseed.report.ReportFiles;
import io.hyperseed.report.ShardMerger;
import io.hyperseed.report.TextReportWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hyperseed report DIR...}: merges the folders written by {@code hyperseed benchmark} shards (or re-renders
 * one benchmark folder) into the CSV, HTML, PNG and Markdown report that one unsharded run would have written.
 * {@code O(runs log runs + plot bytes)}.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Merge the output folders of 'hyperseed benchmark --shard K/N' (or re-render one) into one "
                + "CSV + HTML + PNG + Markdown report.")
public final class ReportCommand implements Callable<Integer> {

    @Mixin
    private Verbosity verbosity;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Benchmark output folders (one per shard).")
    private List<Path> dirs;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "The merged report folder (created; not one of the shard folders).")
    private Path out;

    @Option(names = "--markdown", paramLabel = "FILE.md", description = "Also write the results as Markdown tables.")
    private Path markdown;

    @Option(names = "--title", description = "The report title (default: the benchmark's).")
    private String title;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        Path target = out.toAbsolutePath().normalize();
        for (Path dir : dirs) {
            if (Files.isDirectory(out) && Files.isSameFile(dir, out)
                    || dir.toAbsolutePath().normalize().equals(target)) {
                if (dirs.size() > 1) {
                    throw new IllegalArgumentException(
                            "The report folder (" + out + ") is one of the shard folders." + " Maybe --out merged/?");
                }
            }
        }
        ShardMerger.Merged merged = ShardMerger.merge(dirs, title);
        Files.createDirectories(out);
        List<Path> files = ReportFiles.writeReport(merged, out, markdown);
        merged.report().settings().forEach((k, v) -> stdout.printf("%-10s %s%n", k, v));
        stdout.println();
        TextReportWriter.write(merged.report(), stdout);
        stdout.println();
        files.forEach(f -> stdout.println("wrote      " + f));
        stdout.flush();
        return 0;
    }
}
