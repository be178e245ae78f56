package io.hyperseed.core.io;

import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.problem.MaxCut;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The shared part of the max-cut readers (hMETIS, HypOp, BIPNN, rudy): open the file, let the subclass parse the
 * {@link Hypergraph}, and wrap it as one {@link Instance} whose problem is {@link MaxCut#compact}. Vertices keep the
 * file's own names (1-based ids, or the BIPNN names), so written solutions can be checked by other tools.
 */
abstract class HypergraphFileReader implements InstanceReader {

    @Override
    public final List<Instance> read(Path file) throws IOException {
        Hypergraph graph = readHypergraph(file);
        String name = instanceName(file);
        return List.of(new Instance(
                name, file, format(), ReaderSupport.checked(file, () -> MaxCut.compact(graph, name)), graph));
    }

    /** The instance name for {@code file}: its base name. */
    String instanceName(Path file) {
        return ReaderSupport.baseName(file);
    }

    /** Reads only the hypergraph. {@code O(file size)}. */
    public final Hypergraph readHypergraph(Path file) throws IOException {
        try (LineScanner scanner = LineScanner.open(file)) {
            return ReaderSupport.checked(file, () -> parse(scanner));
        }
    }

    /** Parses the whole file. */
    abstract Hypergraph parse(LineScanner scanner) throws IOException;

    /** Reads a header count of vertices (bounded by the file size so that no hostile header can exhaust memory). */
    static int vertexCount(LineScanner scanner, long value) throws InstanceFormatException {
        return scanner.checkVariableCount(value, "the number of vertices");
    }

    /** Reads a header count of lines that each need at least two bytes. */
    static int lineCount(LineScanner scanner, long value, String what) throws InstanceFormatException {
        return scanner.checkCount(value, what, 0.5, 1);
    }

    /**
     * Reads the 1-based vertex ids of the rest of the line into {@code buffer} (grown as needed) as 0-based indices;
     * returns the buffer, with the count in {@code count[0]}.
     */
    static int[] readVertices(LineScanner scanner, int n, int[] buffer, int[] count) throws InstanceFormatException {
        int size = 0;
        while (!scanner.atEndOfLine()) {
            long v = scanner.nextLong("a vertex id");
            if (v < 1 || v > n) {
                throw scanner.error("vertex (" + v + ") is outside 1.." + n + ". Maybe the vertices are 0-based"
                        + " or the header's vertex count is wrong?");
            }
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, size * 2);
            }
            buffer[size++] = (int) (v - 1);
        }
        if (size == 0) {
            throw scanner.error("the hyperedge has no vertices.");
        }
        count[0] = size;
        return buffer;
    }
}
