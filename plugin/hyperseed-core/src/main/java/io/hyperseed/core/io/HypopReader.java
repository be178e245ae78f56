package io.hyperseed.core.io;

import io.hyperseed.core.model.Hypergraph;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads HypOp hypergraph files (Heydaribeni et al., Nat. Mach. Intell. 2024) as max-cut instances: header
 * {@code n m} (vertices first, the opposite of hMETIS), then one hyperedge per line as 1-based vertex ids. Vertices
 * are named {@code 1..n}. Like HypOp's own reader it takes every hyperedge line: fewer lines than {@code m} is
 * accepted with a warning (the APS file declares 1647 and holds 1584), more is an error. {@code O(file size)}.
 */
public final class HypopReader extends HypergraphFileReader {

    private static final Logger LOG = LoggerFactory.getLogger(HypopReader.class);

    @Override
    public Format format() {
        return Format.HYPOP;
    }

    @Override
    Hypergraph parse(LineScanner scanner) throws IOException {
        if (!scanner.nextDataLine("#%")) {
            throw scanner.errorAtEnd("the file is empty; a HypOp header 'n m' was expected.");
        }
        int n = vertexCount(scanner, scanner.nextLong("the number of vertices n"));
        int m = lineCount(scanner, scanner.nextLong("the number of hyperedges m"), "the number of hyperedges m");
        scanner.expectEndOfLine("the header 'n m'");
        Hypergraph.Builder builder = Hypergraph.builder(n).vertexNames(ReaderSupport.oneBasedNames("", n));
        int[] buffer = new int[16];
        int[] count = new int[1];
        while (scanner.nextDataLine("#%")) {
            if (builder.numEdges() == m) {
                throw scanner.error("the file has more hyperedges than the header's m (" + m
                        + "). Maybe the header is 'm n' (hMETIS order) instead of 'n m'?");
            }
            buffer = readVertices(scanner, n, buffer, count);
            builder.addEdge(1.0, buffer, 0, count[0]);
        }
        if (builder.numEdges() == 0 && m > 0) {
            throw scanner.errorAtEnd("the file ends right after the header, which promises " + m
                    + " hyperedges. Maybe the file is truncated?");
        }
        if (builder.numEdges() < m) {
            LOG.warn(
                    "{}: the header promises {} hyperedges, the file holds {}; using all {} (as HypOp does).",
                    scanner.file(),
                    m,
                    builder.numEdges(),
                    builder.numEdges());
        }
        return builder.build();
    }
}
