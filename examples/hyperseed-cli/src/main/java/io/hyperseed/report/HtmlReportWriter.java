package io.hyperseed.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a self-contained HTML report: machine, JVM, date and settings, the summary table (medians with their
 * spread, times to target, CPU time and threads, published results when given), the plots embedded as PNG data
 * and every run. {@code O(runs + plot bytes)}.
 */
public final class HtmlReportWriter {

    private HtmlReportWriter() {}

    /** Writes {@code report} to {@code file}, embedding the given PNG files. */
    public static void write(BenchmarkReport report, List<Path> plots, Path file) throws IOException {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(report.title()))
                .append("</title>\n<style>body{font-family:sans-serif;margin:2em;max-width:1400px}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;"
                        + "text-align:right}th{background:#eee}td.l,th.l{text-align:left}img{max-width:100%}"
                        + ".bad{color:#b00}</style></head><body>\n");
        h.append("<h1>")
                .append(esc(report.title()))
                .append("</h1>\n<p>Run on ")
                .append(esc(report.date().format(DateTimeFormatter.RFC_1123_DATE_TIME)))
                .append(".</p>\n");
        keyValues(h, "Machine", report.machine().asMap());
        keyValues(h, "Settings", report.settings());
        summary(h, report);
        references(h, report);
        h.append("<h2>Plots</h2>\n");
        for (Path plot : plots) {
            h.append("<p><img alt=\"")
                    .append(esc(plot.getFileName().toString()))
                    .append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(Files.readAllBytes(plot)))
                    .append("\"></p>\n");
        }
        runs(h, report);
        h.append("</body></html>\n");
        Files.writeString(file, h);
    }

    private static void keyValues(StringBuilder h, String title, Map<String, String> values) {
        h.append("<h2>").append(esc(title)).append("</h2>\n<table>\n");
        values.forEach((k, v) -> h.append("<tr><th class=\"l\">")
                .append(esc(k))
                .append("</th><td class=\"l\">")
                .append(esc(v))
                .append("</td></tr>\n"));
        h.append("</table>\n");
    }

    private static void summary(StringBuilder h, BenchmarkReport report) {
        List<String> anchorColumns =
                report.anchorTable().map(ReferenceTable::columns).orElse(List.of());
        h.append("<h2>Summary</h2>\n<p>Per cell: the median over repeats, with [min\u2013max] and the interquartile "
                + "range (IQR). Objective and gap over feasible runs; gap to the reference (positive = worse). Time "
                + "to target: the median seconds until a run's best feasible objective reached 99.5 % and 100 % of "
                + "the reference, with how many runs reached it (a run that never did counts as slower than all "
                + "others). CPU time and threads per run: see the settings for what they count.</p>\n<table>\n"
                + "<tr><th class=\"l\">instance</th><th class=\"l\">config/framework</th><th>runs</th><th>feasible"
                + "</th><th>objective median [min\u2013max]</th><th>IQR</th><th>reference</th><th>gap median</th>");
        for (double f : TimeToTarget.FRACTIONS) {
            h.append("<th>time to ").append(TimeToTarget.label(f)).append("</th>");
        }
        h.append("<th>seed objective</th><th>seed time</th><th>wall time</th><th>CPU time</th><th>threads</th>"
                + "<th>moves/s</th>");
        for (String a : anchorColumns) {
            h.append("<th>").append(esc(a)).append(" (published)</th>");
        }
        h.append("</tr>\n");
        for (Summary s : report.summaries()) {
            h.append("<tr><td class=\"l\">")
                    .append(esc(s.instance()))
                    .append("</td><td class=\"l\">")
                    .append(esc(s.label()))
                    .append("</td>");
            cell(h, Integer.toString(s.runs()));
            h.append(s.feasibleRuns() < s.runs() ? "<td class=\"bad\">" : "<td>")
                    .append(s.feasibleRuns())
                    .append("</td>");
            cell(h, s.objective().medianAndRange(Numbers::objective));
            cell(
                    h,
                    s.objective().isEmpty()
                            ? "-"
                            : Numbers.objective(s.objective().q1()) + "\u2013"
                                    + Numbers.objective(s.objective().q3()));
            cell(h, Numbers.objective(s.reference()));
            cell(h, Numbers.percent(s.gap().median()));
            for (int i = 0; i < TimeToTarget.FRACTIONS.size(); i++) {
                cell(
                        h,
                        TextReportWriter.time(s, i)
                                + (TextReportWriter.time(s, i).equals("-") ? "" : "s") + " ("
                                + s.reached().get(i) + "/" + s.runs() + ")");
            }
            cell(h, Numbers.objective(Numbers.round2(s.seedObjective().median())));
            cell(h, seconds(s.seedSeconds().median()));
            cell(h, seconds(s.totalSeconds().median()));
            cell(h, seconds(s.cpuSeconds().median()));
            cell(h, Integer.toString(s.threads()));
            cell(
                    h,
                    String.format(
                            Locale.ROOT,
                            "%.0f",
                            s.moveSpeed().isEmpty() ? 0.0 : s.moveSpeed().median()));
            for (String a : anchorColumns) {
                cell(h, Numbers.objective(report.anchors().value(s.instance(), a)));
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
        report.anchorTable()
                .ifPresent(a -> h.append("<p>Published results from <code>")
                        .append(esc(a.source().getFileName().toString()))
                        .append("</code>, as reported by their authors (other "
                                + "machines, other time limits).</p>\n"));
    }

    private static void references(StringBuilder h, BenchmarkReport report) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String instance : report.instances()) {
            BenchmarkReport.Reference ref = report.reference(instance);
            sources.put(
                    instance,
                    Numbers.objective(ref.value()) + (ref.source().isEmpty() ? "" : " (" + ref.source() + ")"));
        }
        keyValues(h, "References", sources);
    }

    private static void runs(StringBuilder h, BenchmarkReport report) {
        List<String> columns = CsvReportWriter.COLUMNS.subList(0, CsvReportWriter.COLUMNS.size() - 1);
        h.append("<h2>Runs</h2>\n<p>As in <code>runs.csv</code> (which also holds every new best over time).</p>\n"
                + "<table>\n<tr>");
        for (String c : columns) {
            h.append("<th>").append(esc(c)).append("</th>");
        }
        h.append("</tr>\n");
        for (RunRecord r : report.records()) {
            h.append("<tr>");
            cell(h, Integer.toString(r.run()));
            cell(h, Integer.toString(r.order()));
            h.append("<td class=\"l\">")
                    .append(esc(r.instance()))
                    .append("</td><td class=\"l\">")
                    .append(esc(r.framework()))
                    .append("</td><td class=\"l\">")
                    .append(esc(r.config()))
                    .append("</td>");
            cell(h, Integer.toString(r.repeat()));
            cell(h, Long.toString(r.seed()));
            cell(h, Numbers.seconds(r.timeBudget()));
            cell(h, Numbers.objective(r.objective()));
            cell(h, Numbers.objective(r.violation()));
            cell(h, r.feasible() ? "yes" : "no");
            cell(h, Numbers.objective(r.seedObjective()));
            cell(h, Numbers.seconds(r.seedTime()));
            cell(h, Numbers.seconds(r.totalTime()));
            cell(h, Numbers.seconds(r.cpuTime()));
            cell(h, r.cpuScope());
            cell(h, Integer.toString(r.threads()));
            cell(h, Long.toString(r.moveEvaluationSpeed()));
            cell(h, Numbers.objective(r.reference()));
            h.append("<td class=\"l\">").append(esc(r.referenceSource())).append("</td>");
            cell(h, Numbers.percent(report.gapPercent(r)));
            for (double f : TimeToTarget.FRACTIONS) {
                double t = report.timeToTarget(r, f);
                cell(h, Double.isFinite(t) ? seconds(t) : "-");
            }
            cell(h, Boolean.toString(r.maximize()));
            h.append("<td class=\"l bad\">").append(esc(r.error())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static String seconds(double s) {
        return Double.isNaN(s) ? "-" : String.format(Locale.ROOT, "%.2fs", s);
    }

    private static void cell(StringBuilder h, String text) {
        h.append("<td>").append(esc(text)).append("</td>");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
