package io.hyperseed.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A tiny CSV reader for the shared data's tables (a header row, quoted fields may hold commas). Test-only. */
record CsvTable(List<Map<String, String>> rows) {

    static CsvTable read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> header = split(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = split(line);
            Map<String, String> row = new HashMap<>();
            for (int k = 0; k < header.size() && k < fields.size(); k++) {
                row.put(header.get(k), fields.get(k));
            }
            rows.add(row);
        }
        return new CsvTable(rows);
    }

    /** The first row whose {@code column} equals {@code value}, or null. */
    Map<String, String> find(String column, String value) {
        return rows.stream()
                .filter(r -> value.equals(r.get(column)))
                .findFirst()
                .orElse(null);
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }
}
