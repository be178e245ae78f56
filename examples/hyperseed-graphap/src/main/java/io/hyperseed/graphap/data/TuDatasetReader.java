package io.hyperseed.graphap.data;

import io.hyperseed.core.io.InstanceFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads a TUDataset collection in the raw text format (Morris et al. 2020, https://chrsmrrs.github.io/datasets/):
 * {@code DS_A.txt} (one {@code row, col} line per directed adjacency entry, global 1-based node ids),
 * {@code DS_graph_indicator.txt} (graph id per node, contiguous), {@code DS_graph_labels.txt} (class per graph) and,
 * when present, {@code DS_node_labels.txt} (one integer label per node). Edge labels and attributes are ignored.
 *
 * <p>Both directions of an edge collapse to one undirected edge; duplicate entries and self-loops are dropped. Every
 * malformed input raises {@link InstanceFormatException} naming file, line and problem; {@link IOException}s of the
 * file system are passed on, never swallowed. Time and memory O(n + m).
 */
public final class TuDatasetReader {

    private static final Pattern SEPARATOR = Pattern.compile("[,\\s]+");

    /**
     * Reads data set {@code name} from {@code directory}.
     *
     * @param directory folder holding {@code name_A.txt} etc.
     * @param name file prefix, e.g. {@code MUTAG}
     * @return the data set
     * @throws InstanceFormatException when a file is missing or malformed
     * @throws IOException when a file cannot be read
     */
    public TuDataset read(Path directory, String name) throws IOException {
        Path indicatorFile = require(directory, name, "graph_indicator");
        Path graphLabelFile = require(directory, name, "graph_labels");
        Path adjacencyFile = require(directory, name, "A");
        Path nodeLabelFile = directory.resolve(name + "_node_labels.txt");

        int[] graphOfNode = readGraphIndicator(indicatorFile);
        int nodeCount = graphOfNode.length;
        int graphCount = nodeCount == 0 ? 0 : graphOfNode[nodeCount - 1] + 1;
        int[] rawGraphLabels = readIntColumn(graphLabelFile, graphCount, "graphs in " + indicatorFile.getFileName());
        int[] rawNodeLabels = Files.exists(nodeLabelFile)
                ? readIntColumn(nodeLabelFile, nodeCount, "nodes in " + indicatorFile.getFileName())
                : new int[nodeCount];

        int[] firstNode = new int[graphCount + 1];
        for (int v = 0; v < nodeCount; v++) {
            firstNode[graphOfNode[v] + 1] = v + 1;
        }
        List<Set<Long>> edges = readAdjacency(adjacencyFile, graphOfNode, firstNode);

        int[] featureIndex = denseIndex(rawNodeLabels);
        int[] classIndex = denseIndex(rawGraphLabels);
        List<Integer> rawClasses = new ArrayList<>(distinctSorted(rawGraphLabels));
        int featureCount = Math.max(1, distinctSorted(rawNodeLabels).size());

        List<LabeledGraph> graphs = new ArrayList<>(graphCount);
        for (int g = 0; g < graphCount; g++) {
            int offset = firstNode[g];
            int size = firstNode[g + 1] - offset;
            long[] keys =
                    edges.get(g).stream().mapToLong(Long::longValue).sorted().toArray();
            int[] sources = new int[keys.length];
            int[] targets = new int[keys.length];
            for (int e = 0; e < keys.length; e++) {
                sources[e] = (int) (keys[e] >>> 32);
                targets[e] = (int) keys[e];
            }
            graphs.add(new LabeledGraph(
                    size, sources, targets, Arrays.copyOfRange(featureIndex, offset, offset + size), classIndex[g]));
        }
        return new TuDataset(name, graphs, featureCount, rawClasses);
    }

    private static Path require(Path directory, String name, String suffix) throws InstanceFormatException {
        Path file = directory.resolve(name + "_" + suffix + ".txt");
        if (!Files.isRegularFile(file)) {
            throw new InstanceFormatException(
                    file,
                    0,
                    "required file is missing (" + file.toAbsolutePath() + "). Maybe the data set name (" + name
                            + ") does not match the file prefix?");
        }
        return file;
    }

    /** Graph ids must start at 1 and never decrease or skip: nodes of a graph are contiguous. Returns 0-based ids. */
    private static int[] readGraphIndicator(Path file) throws IOException {
        int[] ids = readIntColumn(file, -1, "");
        if (ids.length == 0) {
            throw new InstanceFormatException(file, 0, "file has no nodes. Maybe it is empty by mistake?");
        }
        int previous = 0;
        for (int v = 0; v < ids.length; v++) {
            int id = ids[v];
            if (id != previous && id != previous + 1) {
                throw new InstanceFormatException(
                        file,
                        lineOfEntry(file, v),
                        "graph id (" + id + ") after graph id (" + previous
                                + ") is not the same or the next id. Maybe the nodes are not sorted by graph, or a graph has no nodes?");
            }
            previous = id;
            ids[v] = id - 1;
        }
        return ids;
    }

    /** Reads one integer per non-blank line; {@code expected < 0} means any count. */
    private static int[] readIntColumn(Path file, int expected, String countedThing) throws IOException {
        List<Integer> values = new ArrayList<>();
        forEachNonBlankLine(
                file, (lineNumber, trimmed) -> values.add(parseInt(file, lineNumber, trimmed, "one integer per line")));
        if (expected >= 0 && values.size() != expected) {
            throw new InstanceFormatException(
                    file,
                    0,
                    "has " + values.size() + " values but there are " + expected + " " + countedThing + " ("
                            + values.size() + " != " + expected + "). Maybe the files come from different data sets?");
        }
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<Set<Long>> readAdjacency(Path file, int[] graphOfNode, int[] firstNode) throws IOException {
        int graphCount = firstNode.length - 1;
        List<Set<Long>> edges = new ArrayList<>(graphCount);
        for (int g = 0; g < graphCount; g++) {
            edges.add(new HashSet<>());
        }
        forEachNonBlankLine(file, (lineNumber, trimmed) -> {
            String[] parts = SEPARATOR.split(trimmed);
            if (parts.length != 2) {
                throw new InstanceFormatException(
                        file,
                        lineNumber,
                        "expected two node ids \"row, col\" (found \"" + trimmed
                                + "\"). Maybe a column is missing or the line holds edge attributes?");
            }
            int row = parseInt(file, lineNumber, parts[0], "node ids \"row, col\"");
            int col = parseInt(file, lineNumber, parts[1], "node ids \"row, col\"");
            checkNode(file, lineNumber, row, graphOfNode.length);
            checkNode(file, lineNumber, col, graphOfNode.length);
            int g = graphOfNode[row - 1];
            if (g != graphOfNode[col - 1]) {
                throw new InstanceFormatException(
                        file,
                        lineNumber,
                        "edge (" + row + ", " + col + ") joins graph "
                                + (g + 1) + " and graph " + (graphOfNode[col - 1] + 1)
                                + ". Maybe the graph indicator file belongs to another data set?");
            }
            if (row == col) {
                return;
            }
            int a = Math.min(row, col) - 1 - firstNode[g];
            int b = Math.max(row, col) - 1 - firstNode[g];
            edges.get(g).add(((long) a << 32) | b);
        });
        return edges;
    }

    /** What to do with one non-blank line: its 1-based number in the file and its text without outer white space. */
    @FunctionalInterface
    private interface LineAction {
        void accept(long lineNumber, String trimmed) throws InstanceFormatException;
    }

    /** Calls {@code action} on every non-blank line of {@code file}, in order. */
    private static void forEachNonBlankLine(Path file, LineAction action) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                String trimmed = line.strip();
                if (!trimmed.isEmpty()) {
                    action.accept(lineNumber, trimmed);
                }
            }
        }
    }

    private static void checkNode(Path file, long lineNumber, int node, int nodeCount) throws InstanceFormatException {
        if (node < 1 || node > nodeCount) {
            throw new InstanceFormatException(
                    file,
                    lineNumber,
                    "node id (" + node + ") is outside 1.." + nodeCount
                            + ". Maybe the ids are 0-based, or the graph indicator file is truncated?");
        }
    }

    private static int parseInt(Path file, long lineNumber, String token, String expectation)
            throws InstanceFormatException {
        try {
            return Integer.parseInt(token.strip());
        } catch (NumberFormatException e) {
            throw new InstanceFormatException(
                    file,
                    lineNumber,
                    "expected " + expectation + " (found \"" + token
                            + "\"). Maybe the file uses another format or has a header line?");
        }
    }

    /** Line number of the {@code index}-th non-blank line; only called on the error path. */
    private static long lineOfEntry(Path file, int index) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int seen = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && ++seen == index) {
                return i + 1L;
            }
        }
        return 0;
    }

    private static TreeSet<Integer> distinctSorted(int[] values) {
        TreeSet<Integer> set = new TreeSet<>();
        for (int value : values) {
            set.add(value);
        }
        return set;
    }

    /** Maps each value to its rank among the distinct values. */
    private static int[] denseIndex(int[] values) {
        List<Integer> sorted = new ArrayList<>(distinctSorted(values));
        int[] index = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            index[i] = Collections.binarySearch(sorted, values[i]);
        }
        return index;
    }
}
