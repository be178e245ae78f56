package io.hyperseed.core.io;

import io.hyperseed.core.model.Hypergraph;
import java.io.IOException;

/**
 * Reads G-set / rudy graphs as max-cut instances: header {@code n m}, then {@code m} lines {@code u v w} (1-based
 * endpoints, finite weight that may be negative; a missing {@code w} means 1). A self-loop {@code v v} becomes a
 * size-1 hyperedge that is never cut. Vertices are named {@code 1..n}; strict line count. {@code O(file size)}.
 */
public final class RudyReader extends HypergraphFileReader {

    @Override
    public Format format() {
        return Format.RUDY;
    }

    @Override
    Hypergraph parse(LineScanner scanner) throws IOException {
        if (!scanner.nextDataLine("#%")) {
            throw scanner.errorAtEnd("the file is empty; a rudy header 'n m' was expected.");
        }
        int n = vertexCount(scanner, scanner.nextLong("the number of vertices n"));
        int m = lineCount(scanner, scanner.nextLong("the number of edges m"), "the number of edges m");
        scanner.expectEndOfLine("the header 'n m'");
        Hypergraph.Builder builder = Hypergraph.builder(n).vertexNames(ReaderSupport.oneBasedNames("", n));
        int[] ends = new int[2];
        for (int e = 0; e < m; e++) {
            if (!scanner.nextDataLine("#%")) {
                throw scanner.errorAtEnd("the file ends after " + e + " of the " + m
                        + " edges the header promises. Maybe the file is truncated?");
            }
            ends[0] = endpoint(scanner, n);
            ends[1] = endpoint(scanner, n);
            double weight = scanner.atEndOfLine() ? 1.0 : scanner.nextDouble("the edge weight");
            scanner.expectEndOfLine("the edge 'u v w'");
            builder.addEdge(weight, ends, 0, 2);
        }
        if (scanner.nextDataLine("#%")) {
            throw scanner.error("the file has more edges than the header's m (" + m + "). Maybe m is wrong?");
        }
        return builder.build();
    }

    private static int endpoint(LineScanner scanner, int n) throws InstanceFormatException {
        long v = scanner.nextLong("an edge endpoint");
        if (v < 1 || v > n) {
            throw scanner.error("vertex (" + v + ") is outside 1.." + n + ". Maybe the vertices are 0-based?");
        }
        return (int) (v - 1);
    }
}
