package io.hyperseed.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Writes a self-contained HTML report: machine, JVM, date and settings, the summary table (with published results
 * when given), the plots embedded as PNG data and every run. {@code O(runs + plot bytes)}.
 */
public final class HtmlReportWriter {

    private HtmlReportWriter() {
    }

    /** Writes {@code report} to {@code file}, embedding the given PNG files. */
    public static void write(BenchmarkReport report, List<Path> plots, Path file) throws IOException {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(report.title()))
                .append("</title>\n<style>body{font-family:sans-serif;margin:2em;max-width:1200px}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;"
                        + "text-align:right}th{background:#eee}td.l,th.l{text-align:left}img{max-width:100%}"
                        + ".bad{color:#b00}</style></head><body>\n");
        h.append("<h1>").append(esc(report.title())).append("</h1>\n<p>Run on ")
                .append(esc(report.date().format(DateTimeFormatter.RFC_1123_DATE_TIME))).append(".</p>\n");
        keyValues(h, "Machine", report.machine().asMap());
        keyValues(h, "Settings", report.settings());
        summary(h, report);
        h.append("<h2>Plots</h2>\n");
        for (Path plot : plots) {
            h.append("<p><img alt=\"").append(esc(plot.getFileName().toString()))
                    .append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(Files.readAllBytes(plot))).append("\"></p>\n");
        }
        runs(h, report);
        h.append("</body></html>\n");
        Files.writeString(file, h);
    }

    private static void keyValues(StringBuilder h, String title, Map<String, String> values) {
        h.append("<h2>").append(esc(title)).append("</h2>\n<table>\n");
        values.forEach((k, v) -> h.append("<tr><th class=\"l\">").append(esc(k)).append("</th><td class=\"l\">")
                .append(esc(v)).append("</td></tr>\n"));
        h.append("</table>\n");
    }

    private static void summary(StringBuilder h, BenchmarkReport report) {
        List<String> anchorColumns = report.anchorTable().map(ReferenceTable::columns).orElse(List.of());
        h.append("<h2>Summary</h2>\n<p>Objective statistics over feasible runs; gap to the best-known value "
                + "(positive = worse).</p>\n<table>\n<tr><th class=\"l\">instance</th><th class=\"l\">config/framework"
                + "</th><th>runs</th><th>feasible</th><th>best</th><th>mean</th><th>best known</th><th>mean gap</th>"
                + "<th>seed objective</th><th>seed time</th><th>moves/s</th>");
        for (String a : anchorColumns) {
            h.append("<th>").append(esc(a)).append(" (published)</th>");
        }
        h.append("</tr>\n");
        for (Summary s : report.summaries()) {
            h.append("<tr><td class=\"l\">").append(esc(s.instance())).append("</td><td class=\"l\">")
                    .append(esc(s.label())).append("</td>");
            cell(h, Integer.toString(s.runs()));
            h.append(s.feasibleRuns() < s.runs() ? "<td class=\"bad\">" : "<td>").append(s.feasibleRuns())
                    .append("</td>");
            cell(h, Numbers.objective(s.bestObjective()));
            cell(h, Numbers.objective(Numbers.round2(s.meanObjective())));
            cell(h, Numbers.objective(s.bestKnown()));
            cell(h, Numbers.percent(s.meanGap()));
            cell(h, Numbers.objective(Numbers.round2(s.meanSeedObjective())));
            cell(h, String.format(java.util.Locale.ROOT, "%.1fs", s.meanSeedSeconds()));
            cell(h, String.format(java.util.Locale.ROOT, "%.0f", s.meanMoveSpeed()));
            for (String a : anchorColumns) {
                cell(h, Numbers.objective(report.anchors().value(s.instance(), a)));
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
        report.anchorTable().ifPresent(a -> h.append("<p>Published results from <code>").append(esc(
                a.source().getFileName().toString())).append("</code>, as reported by their authors (other "
                        + "machines, other time limits).</p>\n"));
    }

    private static void runs(StringBuilder h, BenchmarkReport report) {
        h.append("<h2>Runs</h2>\n<table>\n<tr>");
        for (String c : CsvReportWriter.COLUMNS) {
            h.append("<th>").append(esc(c)).append("</th>");
        }
        h.append("</tr>\n");
        for (RunRecord r : report.records()) {
            h.append("<tr><td class=\"l\">").append(esc(r.instance())).append("</td><td class=\"l\">")
                    .append(esc(r.framework())).append("</td><td class=\"l\">").append(esc(r.config())).append("</td>");
            cell(h, Integer.toString(r.repeat()));
            cell(h, Long.toString(r.seed()));
            cell(h, Numbers.seconds(r.timeBudget()));
            cell(h, Numbers.objective(r.objective()));
            cell(h, Numbers.objective(r.violation()));
            cell(h, r.feasible() ? "yes" : "no");
            cell(h, Numbers.objective(r.seedObjective()));
            cell(h, Numbers.seconds(r.seedTime()));
            cell(h, Numbers.seconds(r.totalTime()));
            cell(h, Long.toString(r.moveEvaluationSpeed()));
            cell(h, Numbers.objective(r.bestKnown()));
            cell(h, Numbers.percent(r.gapPercent()));
            h.append("<td class=\"l bad\">").append(esc(r.error())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void cell(StringBuilder h, String text) {
        h.append("<td>").append(esc(text)).append("</td>");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
