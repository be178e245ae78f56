package io.hyperseed.core.io;

import io.hyperseed.core.model.Hypergraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads ScHoLP simplicial data (A. R. Benson et al., "Simplicial closure and higher-order link prediction", PNAS
 * 2018), as used by HypOp for the NDC-substances hypergraph, as a max-cut instance. Two files sit side by side:
 * {@code <name>-nverts.txt} holds one hyperedge size per line and {@code <name>-simplices.txt} the vertex ids
 * (1-based) of all hyperedges back to back, one per line; either path may be given. Like HypOp, hyperedges listed
 * with fewer than two vertices are dropped; duplicates are kept. The number of vertices is the largest id; vertices
 * are named by their ids. {@code O(file sizes)}.
 */
public final class ScholpReader extends HypergraphFileReader {

    /** The suffix of the file of hyperedge sizes. */
    static final String NVERTS = "-nverts.txt";

    /** The suffix of the file of vertex ids. */
    static final String SIMPLICES = "-simplices.txt";

    @Override
    public Format format() {
        return Format.SCHOLP;
    }

    @Override
    String instanceName(Path file) {
        String name = file.getFileName().toString();
        for (String suffix : new String[] {NVERTS, SIMPLICES}) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return super.instanceName(file);
    }

    @Override
    Hypergraph parse(LineScanner given) throws IOException {
        String name = given.file().getFileName().toString();
        String prefix;
        if (name.endsWith(NVERTS)) {
            prefix = name.substring(0, name.length() - NVERTS.length());
        } else if (name.endsWith(SIMPLICES)) {
            prefix = name.substring(0, name.length() - SIMPLICES.length());
        } else {
            throw new InstanceFormatException(
                    given.file(),
                    0,
                    "a ScHoLP file name ends in " + NVERTS + " or " + SIMPLICES + ". Maybe pass the " + NVERTS
                            + " file?");
        }
        Path nvertsPath = given.file().resolveSibling(prefix + NVERTS);
        Path simplicesPath = given.file().resolveSibling(prefix + SIMPLICES);
        for (Path p : new Path[] {nvertsPath, simplicesPath}) {
            if (!Files.exists(p)) {
                throw new NoSuchFileException(
                        p.toString(), null, "the ScHoLP data needs both " + NVERTS + " and " + SIMPLICES);
            }
        }
        try (LineScanner sizes = LineScanner.open(nvertsPath);
                LineScanner ids = LineScanner.open(simplicesPath)) {
            return parse(sizes, ids);
        }
    }

    private static Hypergraph parse(LineScanner sizes, LineScanner ids) throws IOException {
        int[] pins = new int[1024];
        int[] offsets = new int[256];
        int numEdges = 0;
        int numPins = 0;
        long maxId = ids.variableLimit();
        int n = 0;
        boolean any = false;
        while (sizes.nextDataLine("#%")) {
            any = true;
            int size = sizes.nextInt("the hyperedge size", 1, ids.fileSize() / 2 + 1);
            sizes.expectEndOfLine("the hyperedge size");
            if (numPins + size > pins.length) {
                pins = Arrays.copyOf(pins, Math.max(numPins + size, pins.length * 2));
            }
            int start = numPins;
            for (int k = 0; k < size; k++) {
                if (!ids.nextDataLine("#%")) {
                    throw ids.errorAtEnd("the file ends inside hyperedge " + (numEdges + 1) + " (line "
                            + sizes.lineNumber() + " of " + sizes.file().getFileName() + " promises " + size
                            + " vertices). Maybe the file is truncated?");
                }
                int v = ids.nextInt("a vertex id", 1, maxId);
                ids.expectEndOfLine("the vertex id");
                n = Math.max(n, v);
                pins[numPins++] = v - 1;
            }
            if (size < 2) {
                numPins = start; // HypOp drops hyperedges of one vertex
                continue;
            }
            if (numEdges + 2 > offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[++numEdges] = numPins;
        }
        if (!any) {
            throw sizes.errorAtEnd("the file is empty; one hyperedge size per line was expected.");
        }
        if (ids.nextDataLine("#%")) {
            throw ids.error("more vertex ids than the sizes in " + sizes.file().getFileName()
                    + " add up to. Maybe a size is wrong?");
        }
        Hypergraph.Builder builder = Hypergraph.builder(n).vertexNames(ReaderSupport.oneBasedNames("", n));
        for (int e = 0; e < numEdges; e++) {
            builder.addEdge(1.0, pins, offsets[e], offsets[e + 1]);
        }
        return builder.build();
    }
}
