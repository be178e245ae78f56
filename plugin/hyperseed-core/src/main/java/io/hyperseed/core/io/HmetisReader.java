package io.hyperseed.core.io;

import io.hyperseed.core.model.Hypergraph;
import java.io.IOException;

/**
 * Reads hMETIS {@code .hgr} hypergraphs as max-cut instances: header {@code m n [fmt]} ({@code fmt} 0, 1, 10 or
 * 11), then {@code m} hyperedge lines of 1-based vertex ids (with {@code fmt} 1 or 11 the hyperedge weight comes
 * first), then with {@code fmt} 10 or 11 {@code n} vertex-weight lines; {@code %} lines are comments. Vertices are
 * named {@code 1..n}. Strict: fewer or more lines than the header promises is an error. {@code O(file size)}.
 */
public final class HmetisReader extends HypergraphFileReader {

    @Override
    public Format format() {
        return Format.HMETIS;
    }

    @Override
    Hypergraph parse(LineScanner scanner) throws IOException {
        if (!scanner.nextDataLine("%")) {
            throw scanner.errorAtEnd("the file is empty; an hMETIS header 'm n [fmt]' was expected.");
        }
        int m = lineCount(scanner, scanner.nextLong("the number of hyperedges m"), "the number of hyperedges m");
        int n = vertexCount(scanner, scanner.nextLong("the number of vertices n"));
        int fmt = 0;
        if (!scanner.atEndOfLine()) {
            fmt = (int) scanner.nextLong("the weight flag fmt");
            if (fmt != 0 && fmt != 1 && fmt != 10 && fmt != 11) {
                throw scanner.error("the weight flag fmt (" + fmt + ") is not 0, 1, 10 or 11.");
            }
        }
        scanner.expectEndOfLine("the header 'm n [fmt]'");
        boolean edgeWeights = fmt == 1 || fmt == 11;
        boolean vertexWeights = fmt == 10 || fmt == 11;
        Hypergraph.Builder builder = Hypergraph.builder(n).vertexNames(ReaderSupport.oneBasedNames("", n));
        int[] buffer = new int[16];
        int[] count = new int[1];
        for (int e = 0; e < m; e++) {
            if (!scanner.nextDataLine("%")) {
                throw scanner.errorAtEnd("the file ends after " + e + " of the " + m
                        + " hyperedges the header promises. Maybe the file is truncated?");
            }
            double weight = edgeWeights ? scanner.nextDouble("the hyperedge weight") : 1.0;
            buffer = readVertices(scanner, n, buffer, count);
            builder.addEdge(weight, buffer, 0, count[0]);
        }
        if (vertexWeights) {
            double[] weights = new double[n];
            for (int v = 0; v < n; v++) {
                if (!scanner.nextDataLine("%")) {
                    throw scanner.errorAtEnd("the file ends after " + v + " of the " + n + " vertex weights that fmt "
                            + fmt + " promises. Maybe the file is truncated?");
                }
                weights[v] = scanner.nextDouble("the vertex weight");
                scanner.expectEndOfLine("the vertex weight");
            }
            builder.vertexWeights(weights);
        }
        if (scanner.nextDataLine("%")) {
            throw scanner.error("the file has more lines than the header 'm n fmt' = '" + m + " " + n + " " + fmt
                    + "' promises. Maybe m or fmt is wrong?");
        }
        return builder.build();
    }
}
