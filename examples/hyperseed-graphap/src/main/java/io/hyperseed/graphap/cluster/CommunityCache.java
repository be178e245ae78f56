package io.hyperseed.graphap.cluster;

import io.hyperseed.graphap.data.LabeledGraph;
import io.hyperseed.graphap.data.TuDataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Communities of every graph of a data set, computed once by a {@link CommunityDetector} and kept in memory; with a
 * cache folder they are also stored as text ({@code <dataset>-<detector key>.communities}, one line of
 * space-separated community indices per graph) and read back on the next run when the graph count and node counts
 * match. A stale or unreadable file is recomputed and overwritten. Time O(sum of per-graph detection) once.
 */
public final class CommunityCache {

    private final CommunityDetector detector;
    private final @Nullable Path cacheDirectory;

    /**
     * @param detector how communities are found
     * @param cacheDirectory folder for the disk cache, or null for memory only
     */
    public CommunityCache(CommunityDetector detector, @Nullable Path cacheDirectory) {
        this.detector = detector;
        this.cacheDirectory = cacheDirectory;
    }

    /**
     * @param dataset the data set
     * @param progress receives a line every 10 % of the graphs
     * @return communities of every graph, in data set order
     * @throws IOException when the cache file cannot be written
     */
    public List<Communities> communities(TuDataset dataset, Consumer<String> progress) throws IOException {
        Path file = cacheDirectory == null
                ? null
                : cacheDirectory.resolve(dataset.name() + "-" + detector.key() + ".communities");
        if (file != null) {
            List<Communities> cached = readIfValid(file, dataset.graphs());
            if (cached != null) {
                progress.accept("communities: read " + cached.size() + " graphs from " + file);
                return cached;
            }
        }
        List<LabeledGraph> graphs = dataset.graphs();
        List<Communities> result = new ArrayList<>(graphs.size());
        int step = Math.max(1, graphs.size() / 10);
        for (int g = 0; g < graphs.size(); g++) {
            result.add(detector.detect(graphs.get(g)));
            if ((g + 1) % step == 0 || g + 1 == graphs.size()) {
                progress.accept("communities: " + (g + 1) + "/" + graphs.size() + " graphs");
            }
        }
        if (file != null) {
            Files.createDirectories(file.getParent());
            List<String> lines = result.stream()
                    .map(c -> String.join(
                            " ",
                            Arrays.stream(c.communityOf())
                                    .mapToObj(Integer::toString)
                                    .toList()))
                    .toList();
            Files.write(file, lines, StandardCharsets.UTF_8);
        }
        return List.copyOf(result);
    }

    private static @Nullable List<Communities> readIfValid(Path file, List<LabeledGraph> graphs) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() != graphs.size()) {
                return null;
            }
            List<Communities> result = new ArrayList<>(lines.size());
            for (int g = 0; g < lines.size(); g++) {
                int[] labels = Arrays.stream(lines.get(g).strip().split(" "))
                        .mapToInt(Integer::parseInt)
                        .toArray();
                if (labels.length != graphs.get(g).nodeCount()) {
                    return null;
                }
                result.add(new Communities(labels, Arrays.stream(labels).max().orElse(0) + 1));
            }
            return List.copyOf(result);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
