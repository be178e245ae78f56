package io.hyperseed.report;

import io.hyperseed.core.io.InstanceFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A CSV file read whole: a header and rows of strings (RFC 4180 quoting: {@code "a, b"} and {@code ""} inside
 * quotes). Malformed files fail with file and line. {@code O(size)}.
 *
 * @param file where it came from
 * @param header the column names
 * @param rows the rows, each as long as the header (short rows are padded with empty strings)
 */
public record CsvTable(Path file, List<String> header, List<List<String>> rows) {

    public CsvTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Reads {@code file}; the first line is the header. */
    public static CsvTable read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new InstanceFormatException(file, 1, "the CSV file has no header line");
        }
        List<String> header = parseLine(lines.get(0), file, 1);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> row = new ArrayList<>(parseLine(lines.get(i), file, i + 1));
            if (row.size() > header.size()) {
                throw new InstanceFormatException(
                        file, i + 1, "the row has " + row.size() + " fields, the header " + header.size());
            }
            while (row.size() < header.size()) {
                row.add("");
            }
            rows.add(row);
        }
        return new CsvTable(file, header, rows);
    }

    /** The index of the column named {@code name} (case-insensitive), or -1. */
    public int column(String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the column named {@code name}; fails naming the columns there are. */
    public int requireColumn(String name) {
        int index = column(name);
        if (index < 0) {
            throw new IllegalArgumentException("The column (" + name + ") is not in " + file + ". Maybe one of: "
                    + String.join(", ", header) + "?");
        }
        return index;
    }

    /** The cell as a number, or NaN when empty or not numeric. */
    public static double number(String cell) {
        String t = cell.trim();
        if (t.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Quotes a value for writing when it contains a comma, a quote or a line break. */
    public static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static List<String> parseLine(String line, Path file, int lineNumber) throws InstanceFormatException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new InstanceFormatException(file, lineNumber, "a quoted field is not closed");
        }
        fields.add(field.toString());
        return fields;
    }

    /** The key used to match instance names across files: lower case, no folder, extension or graph suffix. */
    public static String instanceKey(String name) {
        String key = name.trim();
        int slash = Math.max(key.lastIndexOf('/'), key.lastIndexOf('\\'));
        key = key.substring(slash + 1).toLowerCase(Locale.ROOT);
        key = key.replaceFirst("\\.(txt|hgr|graph|cnf|wcnf|pubo|gset|rudy|csv)(#|$)", "$2")
                .replace('#', '-');
        return key.replaceFirst("_(hyper)?graph$", "");
    }
}
