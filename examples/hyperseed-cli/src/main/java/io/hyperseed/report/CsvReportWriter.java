package io.hyperseed.report;

import io.hyperseed.core.solve.ProgressPoint;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes one CSV row per run, in run-matrix order, with everything needed to rebuild the report
 * ({@link CsvReportReader} reads it back): the measured values, the reference, and the best-over-time events in
 * the last column ({@code seconds:objective:violation:phase} separated by {@code ;}). Objectives are written
 * exactly (integers without decimals, other values as the shortest decimal that reads back to the same double);
 * times to the millisecond. Derived columns (gap, times to target) are for readers of the file and are
 * recomputed when it is read. {@code O(runs + events)}.
 */
public final class CsvReportWriter {

    /** The columns, in order. */
    public static final List<String> COLUMNS = columns();

    private CsvReportWriter() {}

    private static List<String> columns() {
        List<String> c = new ArrayList<>();
        for (RunColumn column : RunColumn.values()) {
            c.add(column.header());
            if (column == RunColumn.lastBeforeDerived()) {
                c.add("gap_percent");
                for (double f : TimeToTarget.FRACTIONS) {
                    c.add(timeToTargetColumn(f));
                }
            }
        }
        return List.copyOf(c);
    }

    /** The column of the time to {@code fraction} of the reference, e.g. {@code time_to_99.5%_s}. */
    public static String timeToTargetColumn(double fraction) {
        return "time_to_" + TimeToTarget.label(fraction) + "_s";
    }

    /** Writes {@code report}'s runs to {@code file}. */
    public static void write(BenchmarkReport report, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file);
                PrintWriter out = new PrintWriter(w)) {
            out.print(String.join(",", COLUMNS) + "\n");
            for (RunRecord r : report.records()) {
                List<String> cells = new ArrayList<>(List.of(
                        Integer.toString(r.run()),
                        Integer.toString(r.order()),
                        CsvTable.quote(r.instance()),
                        CsvTable.quote(r.framework()),
                        CsvTable.quote(r.config()),
                        Integer.toString(r.repeat()),
                        Long.toString(r.seed()),
                        seconds(r.timeBudget()),
                        exact(r.objective()),
                        exact(r.violation()),
                        Boolean.toString(r.feasible()),
                        exact(r.seedObjective()),
                        seconds(r.seedTime()),
                        seconds(r.totalTime()),
                        seconds(r.cpuTime()),
                        r.cpuScope(),
                        Integer.toString(r.threads()),
                        Long.toString(r.moveEvaluationSpeed()),
                        exact(r.reference()),
                        CsvTable.quote(r.referenceSource()),
                        gap(report.gapPercent(r))));
                for (double f : TimeToTarget.FRACTIONS) {
                    double t = report.timeToTarget(r, f);
                    cells.add(Double.isFinite(t) ? String.format(Locale.ROOT, "%.3f", t) : "");
                }
                cells.add(Boolean.toString(r.maximize()));
                cells.add(CsvTable.quote(r.error().replaceAll("\\R", " ")));
                cells.add(CsvTable.quote(events(r.bestOverTime())));
                out.print(String.join(",", cells) + "\n");
            }
            if (out.checkError()) {
                throw new IOException("Writing " + file + " failed.");
            }
        }
    }

    /** A number written so that it reads back exactly; empty for NaN. */
    static String exact(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** Seconds with three decimals (milliseconds). */
    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f", d.toMillis() / 1000.0);
    }

    private static String gap(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String events(List<ProgressPoint> points) {
        StringBuilder s = new StringBuilder();
        for (ProgressPoint p : points) {
            if (!s.isEmpty()) {
                s.append(';');
            }
            s.append(seconds(p.elapsed()))
                    .append(':')
                    .append(exact(p.objective()))
                    .append(':')
                    .append(exact(p.violation()))
                    .append(':')
                    .append(p.phase().replaceAll("[:;,\"\\s]", "_"));
        }
        return s.toString();
    }
}
