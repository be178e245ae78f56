package io.hyperseed.core.io;

import io.hyperseed.core.model.Hypergraph;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the text files of the BIPNN seed repository (Bai et al., arXiv 2505.20997) exactly as its loader
 * ({@code from_file_to_hypergraph(path, reset_vertex_index=True)}) reads them, as max-cut instances:
 * <ol>
 *   <li>blank lines and lines starting with {@code #} are dropped;</li>
 *   <li>the first remaining line is a header and skipped when it has exactly two tokens ({@code m n}, {@code m ?},
 *       {@code ? ?});</li>
 *   <li>every later line with at least two tokens is a hyperedge of vertex <em>names</em> (strings allowed); lines
 *       with one token are ignored;</li>
 *   <li>the vertices that occur are sorted, integers first (by value) then strings, and numbered {@code 0..n-1};
 *       each keeps its name, so solutions are written with the file's own names;</li>
 *   <li>identical hyperedges are merged ({@code a b} and {@code b a} too) and {@code v v} becomes a size-1 hyperedge
 *       that is never cut.</li>
 * </ol>
 * Stricter than the seed in one way: a numeric header is checked (its {@code m} must equal the number of hyperedge
 * lines or of distinct hyperedges, its {@code n} must be at least the number of distinct vertices), so a
 * truncated file is reported. {@code O(P log P)} for {@code P} pins (hashing names, sorting vertices).
 */
public final class BipnnReader extends HypergraphFileReader {

    /** Integers first (by value, any length), then other names (by code unit). */
    static final Comparator<String> SEED_ORDER = (a, b) -> {
        boolean ia = isInteger(a);
        boolean ib = isInteger(b);
        if (ia != ib) {
            return ia ? -1 : 1;
        }
        if (ia) {
            int c = compareIntegers(a, b);
            return c != 0 ? c : a.compareTo(b);
        }
        return a.compareTo(b);
    };

    @Override
    public Format format() {
        return Format.BIPNN;
    }

    @Override
    Hypergraph parse(LineScanner scanner) throws IOException {
        Map<String, Integer> ids = new HashMap<>();
        List<String> names = new ArrayList<>();
        int[] pins = new int[1024];
        int[] offsets = new int[256];
        int numEdges = 0;
        int numPins = 0;
        boolean first = true;
        long declaredEdges = -1;
        long declaredVertices = -1;
        long headerLine = 0;
        while (scanner.nextDataLine("#")) {
            int tokens = scanner.countTokens();
            if (first) {
                first = false;
                if (tokens == 2) {
                    headerLine = scanner.lineNumber();
                    declaredEdges = headerCount(scanner, scanner.token(), "m (hyperedges)");
                    declaredVertices = headerCount(scanner, scanner.token(), "n (vertices)");
                    continue;
                }
            }
            if (tokens < 2) {
                continue; // the seed's loader ignores single-token lines
            }
            if (numEdges + 2 > offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            for (String token = scanner.token(); token != null; token = scanner.token()) {
                Integer id = ids.get(token);
                if (id == null) {
                    id = names.size();
                    ids.put(token, id);
                    names.add(token);
                }
                if (numPins == pins.length) {
                    pins = Arrays.copyOf(pins, numPins * 2);
                }
                pins[numPins++] = id;
            }
            offsets[++numEdges] = numPins;
        }
        if (numEdges == 0) {
            throw scanner.errorAtEnd(
                    scanner.lineNumber() == 0
                            ? "the file is empty; BIPNN hyperedge lines were expected."
                            : "the file holds no hyperedge (no line with two or more vertex names).");
        }
        int n = names.size();
        String[] sorted = names.toArray(new String[0]);
        Arrays.sort(sorted, SEED_ORDER);
        int[] renumber = new int[n];
        for (int v = 0; v < n; v++) {
            renumber[ids.get(sorted[v])] = v;
        }
        Hypergraph.Builder builder = Hypergraph.builder(n).vertexNames(sorted).mergeDuplicates(true);
        for (int k = 0; k < numPins; k++) {
            pins[k] = renumber[pins[k]];
        }
        for (int e = 0; e < numEdges; e++) {
            builder.addEdge(1.0, pins, offsets[e], offsets[e + 1]);
        }
        Hypergraph graph = builder.build();
        if (declaredEdges >= 0 && declaredEdges != numEdges && declaredEdges != graph.numEdges()) {
            throw new InstanceFormatException(
                    scanner.file(),
                    headerLine,
                    "the header's m (" + declaredEdges
                            + ") matches neither the " + numEdges + " hyperedge lines nor the " + graph.numEdges()
                            + " distinct hyperedges. Maybe the file is truncated? (Use '? ?' as header to skip the check.)");
        }
        if (declaredVertices >= 0 && declaredVertices < n) {
            throw new InstanceFormatException(
                    scanner.file(),
                    headerLine,
                    "the header's n (" + declaredVertices + ") is smaller than the " + n
                            + " distinct vertices in the file. Maybe the header is 'n m'?");
        }
        return graph;
    }

    private static long headerCount(LineScanner scanner, String token, String what) throws InstanceFormatException {
        if (token.equals("?")) {
            return -1;
        }
        if (!isInteger(token)) {
            throw scanner.error(
                    "the header's " + what + " (" + LineScanner.shorten(token) + ") is neither an integer nor '?'.");
        }
        if (token.startsWith("-")) {
            throw scanner.error("the header's " + what + " (" + token + ") is negative.");
        }
        if (token.length() > 10 || Long.parseLong(token) > Integer.MAX_VALUE) {
            throw scanner.error("the header's " + what + " (" + LineScanner.shorten(token) + ") is too large.");
        }
        return Long.parseLong(token);
    }

    /** True for an optional minus sign followed by ASCII digits (what Python's {@code int()} would parse here). */
    static boolean isInteger(String s) {
        int start = s.startsWith("-") ? 1 : 0;
        if (s.length() == start) {
            return false;
        }
        for (int k = start; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int compareIntegers(String a, String b) {
        boolean na = a.startsWith("-");
        boolean nb = b.startsWith("-");
        if (na != nb) {
            return na ? -1 : 1;
        }
        String ma = stripZeros(na ? a.substring(1) : a);
        String mb = stripZeros(nb ? b.substring(1) : b);
        int c = ma.length() != mb.length() ? Integer.compare(ma.length(), mb.length()) : ma.compareTo(mb);
        return na ? -c : c;
    }

    private static String stripZeros(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') {
            k++;
        }
        return digits.substring(k);
    }
}
