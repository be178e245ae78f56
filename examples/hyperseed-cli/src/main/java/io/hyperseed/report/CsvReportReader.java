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
                        c.integer(row, RunColumn.RUN),
                        c.integer(row, RunColumn.ORDER),
                        c.text(row, RunColumn.INSTANCE),
                        c.text(row, RunColumn.FRAMEWORK),
                        c.text(row, RunColumn.CONFIG),
                        c.integer(row, RunColumn.REPEAT),
                        Long.parseLong(c.text(row, RunColumn.SEED)),
                        c.seconds(row, RunColumn.TIME_BUDGET),
                        c.number(row, RunColumn.OBJECTIVE),
                        c.number(row, RunColumn.VIOLATION),
                        c.bool(row, RunColumn.FEASIBLE),
                        c.number(row, RunColumn.SEED_OBJECTIVE),
                        c.seconds(row, RunColumn.SEED_TIME),
                        c.seconds(row, RunColumn.TOTAL_TIME),
                        c.seconds(row, RunColumn.CPU_TIME),
                        c.text(row, RunColumn.CPU_SCOPE),
                        c.integer(row, RunColumn.THREADS),
                        Long.parseLong(c.text(row, RunColumn.MOVE_EVALUATION_SPEED)),
                        c.number(row, RunColumn.REFERENCE),
                        c.text(row, RunColumn.REFERENCE_SOURCE),
                        c.bool(row, RunColumn.MAXIMIZE),
                        events(c.text(row, RunColumn.BEST_OVER_TIME)),
                        c.text(row, RunColumn.ERROR)));
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
            for (RunColumn column : RunColumn.values()) {
                String name = column.header();
                if (table.column(name) < 0) {
                    throw new IllegalArgumentException("The runs file " + table.file() + " has no column (" + name
                            + "). Maybe it was written by an older hyperseed benchmark? Re-run that shard.");
                }
            }
        }

        String text(List<String> row, RunColumn column) {
            return row.get(table.column(column.header()));
        }

        int integer(List<String> row, RunColumn column) {
            return Integer.parseInt(cell(row, column));
        }

        double number(List<String> row, RunColumn column) {
            String t = text(row, column).trim();
            return t.isEmpty() ? Double.NaN : Double.parseDouble(t);
        }

        boolean bool(List<String> row, RunColumn column) {
            String t = cell(row, column);
            if (!t.equals("true") && !t.equals("false")) {
                throw new IllegalArgumentException(
                        "the column " + column.header() + " (" + t + ") is not true or false");
            }
            return Boolean.parseBoolean(t);
        }

        Duration seconds(List<String> row, RunColumn column) {
            return millis(cell(row, column));
        }

        private String cell(List<String> row, RunColumn column) {
            String t = text(row, column).trim();
            if (t.isEmpty()) {
                throw new IllegalArgumentException("the column " + column.header() + " is empty");
            }
            return t;
        }
    }
}
