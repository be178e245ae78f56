package io.hyperseed.report;

import io.hyperseed.core.io.InstanceFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reference values per instance read from a CSV: a best-known column ({@link #bestKnown}) or the published
 * results of other methods ({@link #anchors}). The key column is the one whose values match the most benchmark
 * instance names ({@link CsvTable#instanceKey}). Wide files have one column per method ({@code SCIP, Tabu,
 * BIPNN}); long files have a {@code method} column and one value column, and are pivoted. When a file lists an
 * (instance, method) twice, the first non-empty value wins. Building is {@code O(rows x columns)}.
 *
 * @param source the file
 * @param columns the value columns (method names), in file order, keeping only those with a value for some
 *        benchmark instance
 * @param values instance key to (column to value), for the benchmark's instances only
 */
public record ReferenceTable(Path source, List<String> columns, Map<String, Map<String, Double>> values) {

    /** Columns that describe sizes, indices or times rather than results; never taken as anchors. */
    private static final Pattern NOT_A_RESULT = Pattern.compile(
            "(?i)^(n|m|num_.*|n_.*|m_.*|index.*|.*_s|.*time.*|.*size.*|.*nonzeros.*|certified.*|src_.*)$");

    public ReferenceTable {
        columns = List.copyOf(columns);
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        values = Collections.unmodifiableMap(copy);
    }

    /** The value of {@code column} for an instance name, or NaN. */
    public double value(String instance, String column) {
        Map<String, Double> row = values.get(CsvTable.instanceKey(instance));
        Double v = row == null ? null : row.get(column);
        return v == null ? Double.NaN : v;
    }

    /** The values for an instance name (empty when none). */
    public Map<String, Double> row(String instance) {
        return values.getOrDefault(CsvTable.instanceKey(instance), Map.of());
    }

    /**
     * Best-known values: the column {@code column}, or when null the first whose name contains
     * {@code best_known}, else {@code cut_hyperedges}.
     */
    public static ReferenceTable bestKnown(Path csv, String column, Collection<String> instances) throws IOException {
        CsvTable table = CsvTable.read(csv);
        int value = column != null ? table.requireColumn(column) : defaultBestKnownColumn(table);
        int key = keyColumn(table, instances, value);
        return build(table, key, List.of(value), -1, keys(instances));
    }

    /**
     * Published results: the named columns, or when empty every numeric result column (wide files) or the pivot
     * of the {@code method} column over the first numeric column after it (long files).
     */
    public static ReferenceTable anchors(Path csv, List<String> wanted, Collection<String> instances)
            throws IOException {
        CsvTable table = CsvTable.read(csv);
        int method = table.column("method");
        if (method >= 0) {
            int value = wanted.isEmpty() ? firstNumericAfter(table, method) : table.requireColumn(wanted.get(0));
            int key = keyColumn(table, instances, value);
            return build(table, key, List.of(value), method, keys(instances));
        }
        List<Integer> columns = new ArrayList<>();
        if (!wanted.isEmpty()) {
            for (String w : wanted) {
                columns.add(table.requireColumn(w));
            }
        }
        int key = keyColumn(table, instances, -1);
        if (wanted.isEmpty()) {
            for (int c = 0; c < table.header().size(); c++) {
                if (c != key && isResultColumn(table, c)) {
                    columns.add(c);
                }
            }
        }
        return build(table, key, columns, -1, keys(instances));
    }

    /**
     * Writes the values as a long CSV ({@code instance,method,value}, instance keys, columns in order), the form a
     * benchmark folder keeps its published results in so that {@code hyperseed report} needs no other file.
     */
    public void writeLong(Path file) throws IOException {
        StringBuilder s = new StringBuilder("instance,method,value\n");
        for (String column : columns) {
            values.forEach((instance, row) -> {
                Double v = row.get(column);
                if (v != null) {
                    s.append(CsvTable.quote(instance))
                            .append(',')
                            .append(CsvTable.quote(column))
                            .append(',')
                            .append(CsvReportWriter.exact(v))
                            .append('\n');
                }
            });
        }
        Files.writeString(file, s);
    }

    /** Reads a file written by {@link #writeLong}, naming {@code source} as where the values came from. */
    public static ReferenceTable readLong(Path file, Path source) throws IOException {
        CsvTable table = CsvTable.read(file);
        int instance = table.requireColumn("instance");
        int method = table.requireColumn("method");
        int value = table.requireColumn("value");
        List<String> columns = new ArrayList<>();
        Map<String, Map<String, Double>> values = new LinkedHashMap<>();
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> row = table.rows().get(i);
            double v = CsvTable.number(row.get(value));
            if (Double.isNaN(v)) {
                throw new InstanceFormatException(file, i + 2, "the value (" + row.get(value) + ") is not a number");
            }
            String name = row.get(method);
            if (!columns.contains(name)) {
                columns.add(name);
            }
            values.computeIfAbsent(row.get(instance), k -> new LinkedHashMap<>())
                    .put(name, v);
        }
        return new ReferenceTable(source, columns, values);
    }

    private static Set<String> keys(Collection<String> instances) {
        Set<String> keys = new HashSet<>();
        instances.forEach(i -> keys.add(CsvTable.instanceKey(i)));
        return keys;
    }

    private static ReferenceTable build(
            CsvTable table, int key, List<Integer> valueColumns, int method, Set<String> wantedKeys) {
        Map<String, Map<String, Double>> values = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (List<String> row : table.rows()) {
            String instance = CsvTable.instanceKey(row.get(key));
            if (!wantedKeys.contains(instance)) {
                continue;
            }
            for (int c : valueColumns) {
                double v = CsvTable.number(row.get(c));
                if (Double.isNaN(v)) {
                    continue;
                }
                String name =
                        method >= 0 ? row.get(method).trim() : table.header().get(c);
                if (values.computeIfAbsent(instance, k -> new LinkedHashMap<>()).putIfAbsent(name, v) == null) {
                    used.add(name);
                }
            }
        }
        List<String> columns = new ArrayList<>();
        for (List<String> row : table.rows()) {
            for (int c : valueColumns) {
                String name =
                        method >= 0 ? row.get(method).trim() : table.header().get(c);
                if (used.contains(name) && !columns.contains(name)) {
                    columns.add(name);
                }
            }
        }
        return new ReferenceTable(table.file(), columns, values);
    }

    /** The column whose values match the most instance names; the first column when nothing matches. */
    private static int keyColumn(CsvTable table, Collection<String> instances, int exclude) {
        Set<String> keys = keys(instances);
        int best = exclude == 0 ? 1 : 0;
        int bestMatches = -1;
        for (int c = 0; c < table.header().size(); c++) {
            if (c == exclude) {
                continue;
            }
            int matches = 0;
            for (List<String> row : table.rows()) {
                if (keys.contains(CsvTable.instanceKey(row.get(c)))) {
                    matches++;
                }
            }
            if (matches > bestMatches) {
                best = c;
                bestMatches = matches;
            }
        }
        return best;
    }

    private static int defaultBestKnownColumn(CsvTable table) {
        for (String hint : List.of("best_known", "cut_hyperedges", "optimum", "best")) {
            for (int c = 0; c < table.header().size(); c++) {
                if (table.header().get(c).toLowerCase(Locale.ROOT).contains(hint)) {
                    return c;
                }
            }
        }
        throw new IllegalArgumentException("No best-known column in " + table.file() + " (columns: "
                + String.join(", ", table.header()) + "). Maybe name one with --best-known-column?");
    }

    private static int firstNumericAfter(CsvTable table, int column) {
        for (int c = column + 1; c < table.header().size(); c++) {
            if (isResultColumn(table, c)) {
                return c;
            }
        }
        throw new IllegalArgumentException("No numeric column after \""
                + table.header().get(column) + "\" in " + table.file() + ". Maybe name one with --anchor-columns?");
    }

    private static boolean isResultColumn(CsvTable table, int c) {
        if (NOT_A_RESULT.matcher(table.header().get(c).trim()).matches()) {
            return false;
        }
        boolean any = false;
        for (List<String> row : table.rows()) {
            String cell = row.get(c).trim();
            if (cell.isEmpty()) {
                continue;
            }
            if (Double.isNaN(CsvTable.number(cell))) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
