package io.hyperseed.core.io;

import io.hyperseed.core.model.Hypergraph;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a {@link Hypergraph} in the text formats that {@link HmetisReader}, {@link HypopReader} and
 * {@link RudyReader} read back to the same hypergraph (vertex {@code v} becomes the 1-based id {@code v + 1}; names
 * are not written). Deterministic output with {@code \n} line ends. {@code O(n + sum |e|)}.
 */
public final class HypergraphWriter {

    private HypergraphWriter() {}

    /** hMETIS: {@code m n [fmt]}; edge weights when not all 1, vertex weights when not all 1. */
    public static void writeHmetis(Hypergraph graph, Path file) throws IOException {
        try (BufferedWriter out = open(file)) {
            writeHmetis(graph, out);
        }
    }

    /** hMETIS to a writer (not closed). */
    public static void writeHmetis(Hypergraph graph, Writer out) throws IOException {
        boolean edgeWeights = !graph.isUnitWeighted();
        boolean vertexWeights = false;
        for (int v = 0; v < graph.numVertices() && !vertexWeights; v++) {
            vertexWeights = graph.vertexWeight(v) != 1.0;
        }
        int fmt = (vertexWeights ? 10 : 0) + (edgeWeights ? 1 : 0);
        out.write(graph.numEdges() + " " + graph.numVertices() + (fmt == 0 ? "" : " " + fmt) + "\n");
        StringBuilder line = new StringBuilder();
        for (int e = 0; e < graph.numEdges(); e++) {
            line.setLength(0);
            if (edgeWeights) {
                line.append(PuboSyntax.number(graph.edgeWeight(e))).append(' ');
            }
            pins(line, graph, e);
            out.write(line.append('\n').toString());
        }
        if (vertexWeights) {
            for (int v = 0; v < graph.numVertices(); v++) {
                out.write(PuboSyntax.number(graph.vertexWeight(v)) + "\n");
            }
        }
    }

    /** HypOp: {@code n m}, then the hyperedges; the format has no weights, so every weight must be 1. */
    public static void writeHypop(Hypergraph graph, Path file) throws IOException {
        if (!graph.isUnitWeighted()) {
            throw new IllegalArgumentException("The HypOp format has no hyperedge weights, but " + graph
                    + " is weighted. Maybe write hMETIS instead?");
        }
        try (BufferedWriter out = open(file)) {
            out.write(graph.numVertices() + " " + graph.numEdges() + "\n");
            StringBuilder line = new StringBuilder();
            for (int e = 0; e < graph.numEdges(); e++) {
                line.setLength(0);
                pins(line, graph, e);
                out.write(line.append('\n').toString());
            }
        }
    }

    /** rudy: {@code n m}, then {@code u v w}; every hyperedge must have two vertices (or one, a self-loop). */
    public static void writeRudy(Hypergraph graph, Path file) throws IOException {
        if (graph.maxEdgeSize() > 2) {
            throw new IllegalArgumentException("The rudy format holds graphs, but " + graph + " has a hyperedge of "
                    + graph.maxEdgeSize() + " vertices. Maybe write hMETIS instead?");
        }
        try (BufferedWriter out = open(file)) {
            out.write(graph.numVertices() + " " + graph.numEdges() + "\n");
            for (int e = 0; e < graph.numEdges(); e++) {
                int u = graph.edgeVertex(e, 0) + 1;
                int v = graph.edgeSize(e) == 2 ? graph.edgeVertex(e, 1) + 1 : u;
                out.write(u + " " + v + " " + PuboSyntax.number(graph.edgeWeight(e)) + "\n");
            }
        }
    }

    private static void pins(StringBuilder line, Hypergraph graph, int e) {
        for (int k = 0; k < graph.edgeSize(e); k++) {
            if (k > 0) {
                line.append(' ');
            }
            line.append(graph.edgeVertex(e, k) + 1);
        }
    }

    private static BufferedWriter open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
}
