package io.hyperseed.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of a benchmark folder. {@link #writeRuns} writes what a shard keeps ({@code runs.csv},
 * {@value BenchmarkMetadata#FILE_NAME} and the published results it was given); {@link #writeReport} writes a whole
 * report (those, the PNG plots, {@code report.html} and optionally a Markdown file). {@code O(runs + plot bytes)}.
 */
public final class ReportFiles {

    /** The HTML report's file name. */
    public static final String HTML_FILE = "report.html";

    private ReportFiles() {}

    /** Writes the runs, the metadata and the published results of {@code report} into {@code dir}. */
    public static void writeRuns(BenchmarkReport report, BenchmarkMetadata metadata, Path dir) throws IOException {
        Files.createDirectories(dir);
        CsvReportWriter.write(report, dir.resolve(ShardMerger.RUNS_FILE));
        metadata.write(dir);
        Path anchors = dir.resolve(ShardMerger.ANCHORS_FILE);
        if (report.anchors() != null) {
            report.anchors().writeLong(anchors);
        } else {
            Files.deleteIfExists(anchors);
        }
    }

    /**
     * Writes the whole report of {@code merged} into {@code dir}, and the Markdown table to {@code markdown} when
     * not null; returns the files written, runs CSV first.
     */
    public static List<Path> writeReport(ShardMerger.Merged merged, Path dir, Path markdown) throws IOException {
        BenchmarkReport report = merged.report();
        writeRuns(report, merged.metadata(), dir);
        List<Path> files = new ArrayList<>();
        files.add(dir.resolve(ShardMerger.RUNS_FILE));
        List<Path> plots = ChartWriter.writeAll(report, dir);
        Path html = dir.resolve(HTML_FILE);
        HtmlReportWriter.write(report, plots, html);
        files.add(html);
        files.addAll(plots);
        if (markdown != null) {
            Path parent = markdown.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            MarkdownReportWriter.write(report, plots, markdown);
            files.add(markdown);
        }
        return files;
    }
}
