package io.hyperseed.timefold.bench;

import io.hyperseed.core.io.Format;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.io.InstanceFormatException;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.problem.MaxCut;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The two instance formats the benchmark needs, read inline until the core's instance readers are available to
 * this module: G-set / rudy ({@code n m}, then {@code u v w}, 1-based) and the BIPNN seed's Cora hypergraph (one
 * hyperedge of 0-based vertex ids per line, no header). {@code O(file size)}.
 */
final class BenchmarkInstances {

    private BenchmarkInstances() {
    }

    /** A G-set graph. */
    static Instance readRudy(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file)) {
            String[] header = in.readLine().trim().split("\\s+");
            int n = Integer.parseInt(header[0]);
            Hypergraph.Builder graph = Hypergraph.builder(n);
            String line;
            int lineNumber = 1;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                String[] t = line.trim().split("\\s+");
                if (t.length < 2 || t[0].isEmpty()) {
                    continue;
                }
                try {
                    double w = t.length > 2 ? Double.parseDouble(t[2]) : 1.0;
                    graph.addEdge(w, new int[] {Integer.parseInt(t[0]) - 1, Integer.parseInt(t[1]) - 1}, 0, 2);
                } catch (RuntimeException e) {
                    throw new InstanceFormatException(file, lineNumber, "not an edge 'u v [w]' (" + line + ")", e);
                }
            }
            return instance(file, Format.RUDY, graph.build());
        }
    }

    /** The BIPNN seed's hypergraph format, 0-based ids, no header (Cora). */
    static Instance readHyperedges(Path file) throws IOException {
        List<int[]> edges = new ArrayList<>();
        int n = 0;
        int lineNumber = 0;
        for (String line : Files.readAllLines(file)) {
            lineNumber++;
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            try {
                int[] vertices = Arrays.stream(trimmed.split("\\s+")).mapToInt(Integer::parseInt).toArray();
                if (vertices.length >= 2) {
                    edges.add(vertices);
                    n = Math.max(n, Arrays.stream(vertices).max().getAsInt() + 1);
                }
            } catch (NumberFormatException e) {
                throw new InstanceFormatException(file, lineNumber, "not a hyperedge of integer ids (" + line + ")", e);
            }
        }
        Hypergraph.Builder graph = Hypergraph.builder(n).mergeDuplicates(true);
        for (int[] e : edges) {
            graph.addEdge(1.0, e, 0, e.length);
        }
        return instance(file, Format.BIPNN, graph.build());
    }

    private static Instance instance(Path file, Format format, Hypergraph graph) {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return new Instance(name, file, format, MaxCut.compact(graph, name), graph);
    }
}
