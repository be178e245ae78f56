package io.hyperseed.neural.bench;

import io.hyperseed.core.model.Hypergraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Minimal readers for the benchmark's public files until the core readers cover them: BIPNN hypergraphs (one
 * hyperedge of 0-based ids per line, no header) and HypOp hypergraphs (header {@code n m}, then 1-based
 * hyperedges). {@code O(file size)}.
 */
final class BenchmarkFiles {

    private BenchmarkFiles() {
    }

    static Hypergraph readZeroBasedEdges(Path file) throws IOException {
        List<int[]> edges = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file)) {
            String t = line.trim();
            if (t.isEmpty()) {
                continue;
            }
            String[] parts = t.split("\\s+");
            int[] e = new int[parts.length];
            for (int k = 0; k < parts.length; k++) {
                e[k] = Integer.parseInt(parts[k]);
                n = Math.max(n, e[k] + 1);
            }
            edges.add(e);
        }
        Hypergraph.Builder b = Hypergraph.builder(n);
        for (int[] e : edges) {
            b.addEdge(e);
        }
        return b.build();
    }

    static Hypergraph readHypop(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).trim().split("\\s+");
        int n = Integer.parseInt(header[0]);
        Hypergraph.Builder b = Hypergraph.builder(n);
        for (int i = 1; i < lines.size(); i++) {
            String t = lines.get(i).trim();
            if (t.isEmpty()) {
                continue;
            }
            String[] parts = t.split("\\s+");
            int[] e = new int[parts.length];
            for (int k = 0; k < parts.length; k++) {
                e[k] = Integer.parseInt(parts[k]) - 1;
            }
            b.addEdge(e);
        }
        return b.build();
    }

    /** Instance file name to HypOp's reported cut (original authors' runs). */
    static Map<String, String> hypopReported(Path csv) throws IOException {
        Map<String, String> cuts = new HashMap<>();
        if (!Files.exists(csv)) {
            return cuts;
        }
        for (String line : Files.readAllLines(csv)) {
            String[] f = line.split(",");
            if (f.length > 3 && f[0].startsWith("synthetic_original/") && f[2].equals("HypOp")) {
                cuts.put(f[1], f[3]);
            }
        }
        return cuts;
    }
}
