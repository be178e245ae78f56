package io.hyperseed.report;

import io.hyperseed.core.io.InstanceFormatException;
import io.hyperseed.core.solve.ProgressPoint;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the runs CSV written by {@link CsvReportWriter} back into {@link RunRecord}s, so that shards can be merged
 * and a report rebuilt. Columns are found by name; derived columns (gap, times to target) are ignored. A bad cell
 * fails with the file, the line and the column. {@code O(size)}.
 */
public final class CsvReportReader {

    private CsvReportReader() {}

    /** The runs in {@code file}. */
    public static List<RunRecord> read(Path file) throws IOException {
        CsvTable table = CsvTable.read(file);
        Columns c = new Columns(table);
        List<RunRecord> records = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> row = table.rows().get(i);
            int line = i + 2;
            try {
                records.add(new RunRecord(
                        c.integer(row, "run"),
                        c.integer(row, "order"),
                        c.text(row, "instance"),
                        c.text(row, "framework"),
                        c.text(row, "config"),
                        c.integer(row, "repeat"),
                        Long.parseLong(c.text(row, "seed")),
                        c.seconds(row, "time_budget_s"),
                        c.number(row, "objective"),
                        c.number(row, "violation"),
                        c.bool(row, "feasible"),
                        c.number(row, "seed_objective"),
                        c.seconds(row, "seed_time_s"),
                        c.seconds(row, "total_time_s"),
                        c.seconds(row, "cpu_time_s"),
                        c.text(row, "cpu_scope"),
                        c.integer(row, "threads"),
                        Long.parseLong(c.text(row, "move_evaluation_speed")),
                        c.number(row, "reference"),
                        c.text(row, "reference_source"),
                        c.bool(row, "maximize"),
                        events(c.text(row, "best_over_time")),
                        c.text(row, "error")));
            } catch (IllegalArgumentException | DateTimeException e) {
                throw new InstanceFormatException(
                        file,
                        line,
                        "a bad run row: " + e.getMessage()
                                + ". Maybe the file was edited, or written by another version?",
                        e);
            }
        }
        return records;
    }

    private static List<ProgressPoint> events(String text) {
        List<ProgressPoint> points = new ArrayList<>();
        if (text.isBlank()) {
            return points;
        }
        for (String event : text.split(";")) {
            String[] parts = event.split(":", 4);
            if (parts.length != 4) {
                throw new IllegalArgumentException(
                        "the best-over-time event (" + event + ") is not seconds:objective:violation:phase");
            }
            points.add(new ProgressPoint(
                    millis(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]), parts[3]));
        }
        return points;
    }

    private static Duration millis(String seconds) {
        return Duration.ofMillis(Math.round(Double.parseDouble(seconds.trim()) * 1000.0));
    }

    /** The header's column indices, each required. */
    private static final class Columns {
        private final CsvTable table;

        Columns(CsvTable table) {
            this.table = table;
            for (String name : List.of(
                    "run",
                    "order",
                    "instance",
                    "framework",
                    "config",
                    "repeat",
                    "seed",
                    "time_budget_s",
                    "objective",
                    "violation",
                    "feasible",
                    "seed_objective",
                    "seed_time_s",
                    "total_time_s",
                    "cpu_time_s",
                    "cpu_scope",
                    "threads",
                    "move_evaluation_speed",
                    "reference",
                    "reference_source",
                    "maximize",
                    "error",
                    "best_over_time")) {
                if (table.column(name) < 0) {
                    throw new IllegalArgumentException("The runs file " + table.file() + " has no column (" + name
                            + "). Maybe it was written by an older hyperseed benchmark? Re-run that shard.");
                }
            }
        }

        String text(List<String> row, String name) {
            return row.get(table.column(name));
        }

        int integer(List<String> row, String name) {
            return Integer.parseInt(cell(row, name));
        }

        double number(List<String> row, String name) {
            String t = text(row, name).trim();
            return t.isEmpty() ? Double.NaN : Double.parseDouble(t);
        }

        boolean bool(List<String> row, String name) {
            String t = cell(row, name);
            if (!t.equals("true") && !t.equals("false")) {
                throw new IllegalArgumentException("the column " + name + " (" + t + ") is not true or false");
            }
            return Boolean.parseBoolean(t);
        }

        Duration seconds(List<String> row, String name) {
            return millis(cell(row, name));
        }

        private String cell(List<String> row, String name) {
            String t = text(row, name).trim();
            if (t.isEmpty()) {
                throw new IllegalArgumentException("the column " + name + " is empty");
            }
            return t;
        }
    }
}
