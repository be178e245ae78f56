package io.hyperseed.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes one CSV row per run. {@code O(runs)}. */
public final class CsvReportWriter {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("instance", "framework", "config", "repeat", "seed",
            "time_budget_s", "objective", "violation", "feasible", "seed_objective", "seed_time_s", "total_time_s",
            "move_evaluation_speed", "best_known", "gap_percent", "error");

    private CsvReportWriter() {
    }

    /** Writes {@code report}'s runs to {@code file}. */
    public static void write(BenchmarkReport report, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file); PrintWriter out = new PrintWriter(w)) {
            out.println(String.join(",", COLUMNS));
            for (RunRecord r : report.records()) {
                out.println(String.join(",", CsvTable.quote(r.instance()), CsvTable.quote(r.framework()),
                        CsvTable.quote(r.config()), Integer.toString(r.repeat()), Long.toString(r.seed()),
                        seconds(r.timeBudget().toMillis()), number(r.objective()), number(r.violation()),
                        Boolean.toString(r.feasible()), number(r.seedObjective()), seconds(r.seedTime().toMillis()),
                        seconds(r.totalTime().toMillis()), Long.toString(r.moveEvaluationSpeed()),
                        number(r.bestKnown()), gap(r.gapPercent()), CsvTable.quote(r.error())));
            }
            if (out.checkError()) {
                throw new IOException("Writing " + file + " failed.");
            }
        }
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : Numbers.objective(v);
    }

    private static String gap(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
