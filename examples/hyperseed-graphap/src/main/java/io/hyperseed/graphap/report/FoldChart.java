package io.hyperseed.graphap.report;

import io.hyperseed.graphap.train.ModelResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws per-fold test accuracy, one line per model, as a PNG with JFreeChart (headless). O(models x folds).
 */
public final class FoldChart {

    /**
     * @param file PNG file to write
     * @param title chart title
     * @param results one entry per model
     * @throws IOException when the file cannot be written
     */
    public void write(Path file, String title, List<ModelResult> results) throws IOException {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (ModelResult result : results) {
            double[] accuracies = result.testAccuracies();
            for (int f = 0; f < accuracies.length; f++) {
                dataset.addValue(accuracies[f], result.title(), "fold " + f);
            }
        }
        JFreeChart chart = ChartFactory.createLineChart(
                title, "fold", "test accuracy", dataset, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setRenderer(new LineAndShapeRenderer(true, true));
        double min = results.stream()
                .flatMapToDouble(r -> Arrays.stream(r.testAccuracies()))
                .min()
                .orElse(0);
        plot.getRangeAxis().setRange(Math.max(0, Math.floor(min * 10 - 1) / 10), 1.0);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 900, 500);
    }
}
