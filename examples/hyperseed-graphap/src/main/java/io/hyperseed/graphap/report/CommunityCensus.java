package io.hyperseed.graphap.report;

import io.hyperseed.graphap.cluster.Communities;
import io.hyperseed.graphap.data.LabeledGraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * How many communities the graphs of a data set get, for several similarity choices: a histogram PNG (graphs per
 * community count, one bar series per choice; counts of {@value #LAST_BUCKET} and more share the last bar) and a CSV
 * ({@code choice,communities,graphs}), plus one summary line per choice (mean, single-community share, share of edges
 * inside a community). O(choices x (graphs + edges)).
 */
public final class CommunityCensus {

    /** Community counts from this value up share one bar. */
    public static final int LAST_BUCKET = 10;

    /**
     * One similarity choice and the communities it gave.
     *
     * @param choice name of the choice, e.g. {@code max}
     * @param communities communities of every graph, in data set order
     */
    public record Entry(String choice, List<Communities> communities) {

        /** Copies the list. */
        public Entry {
            communities = List.copyOf(communities);
        }
    }

    /**
     * @param graphs the data set's graphs
     * @param communities their communities
     * @return a one-line summary: mean count, graphs with one community, largest count, share of intra-community edges
     */
    public static String describe(List<LabeledGraph> graphs, List<Communities> communities) {
        double mean =
                communities.stream().mapToInt(Communities::count).average().orElse(0);
        int max = communities.stream().mapToInt(Communities::count).max().orElse(0);
        long single = communities.stream().filter(c -> c.count() == 1).count();
        long edges = 0;
        long inside = 0;
        for (int g = 0; g < graphs.size(); g++) {
            LabeledGraph graph = graphs.get(g);
            Communities split = communities.get(g);
            for (int e = 0; e < graph.edgeCount(); e++) {
                edges++;
                inside += split.of(graph.source(e)) == split.of(graph.target(e)) ? 1 : 0;
            }
        }
        return String.format(
                Locale.ROOT,
                "%.2f communities per graph on average (max %d; %d of %d graphs with one, %.0f %%; %.0f %% of the"
                        + " edges inside a community)",
                mean,
                max,
                single,
                communities.size(),
                100.0 * single / Math.max(1, communities.size()),
                100.0 * inside / Math.max(1, edges));
    }

    /**
     * Writes the histogram and the CSV.
     *
     * @param png PNG file
     * @param csv CSV file
     * @param title chart title
     * @param entries one per similarity choice
     * @throws IOException when a file cannot be written
     */
    public void write(Path png, Path csv, String title, List<Entry> entries) throws IOException {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<String> lines = new ArrayList<>();
        lines.add("choice,communities,graphs");
        for (Entry entry : entries) {
            Map<Integer, Integer> histogram = new LinkedHashMap<>();
            for (int k = 1; k <= LAST_BUCKET; k++) {
                histogram.put(k, 0);
            }
            for (Communities c : entry.communities()) {
                histogram.merge(Math.min(c.count(), LAST_BUCKET), 1, Integer::sum);
            }
            histogram.forEach((count, graphs) -> {
                String label = count == LAST_BUCKET ? LAST_BUCKET + "+" : Integer.toString(count);
                dataset.addValue(graphs, entry.choice(), label);
                lines.add(entry.choice() + "," + label + "," + graphs);
            });
        }
        JFreeChart chart = ChartFactory.createBarChart(
                title, "communities per graph", "graphs", dataset, PlotOrientation.VERTICAL, true, false, false);
        for (Path file : List.of(png, csv)) {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        }
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 500);
        Files.write(csv, lines, StandardCharsets.UTF_8);
    }
}
