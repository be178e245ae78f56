package io.hyperseed.report;

import io.hyperseed.core.solve.ProgressPoint;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws the benchmark plots as PNG files with JFreeChart (headless): per instance, the best objective over time
 * of every run (one colour per {@code config/framework}, one step line per repeat), and one bar chart of the mean
 * gap per instance and {@code config/framework}. Only feasible points are drawn. {@code O(progress points)}.
 */
public final class ChartWriter {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 500;
    private static final Paint[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
        new Color(0xbcbd22), new Color(0x17becf)};

    private ChartWriter() {
    }

    /** The file name of an instance's over-time plot. */
    public static String overTimeFileName(String instance) {
        return "best-over-time-" + safe(instance) + ".png";
    }

    /** The file name of the gap bar chart. */
    public static final String GAP_FILE_NAME = "gap.png";

    /** Writes every plot into {@code dir}; returns the files, over-time plots first, in instance order. */
    public static List<Path> writeAll(BenchmarkReport report, Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String instance : report.instances()) {
            Path file = dir.resolve(overTimeFileName(instance));
            ChartUtils.saveChartAsPNG(file.toFile(), overTime(report, instance), WIDTH, HEIGHT);
            files.add(file);
        }
        Path gap = dir.resolve(GAP_FILE_NAME);
        ChartUtils.saveChartAsPNG(gap.toFile(), gaps(report), WIDTH, HEIGHT);
        files.add(gap);
        return files;
    }

    /** Best objective over time on {@code instance}: a step line per run. */
    static JFreeChart overTime(BenchmarkReport report, String instance) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        List<String> labels = report.labels();
        List<Integer> seriesLabel = new ArrayList<>();
        List<Boolean> inLegend = new ArrayList<>();
        for (RunRecord r : report.records()) {
            if (!r.instance().equals(instance) || r.failed()) {
                continue;
            }
            XYSeries series = new XYSeries(r.label() + " #" + r.repeat(), false, true);
            double last = Double.NaN;
            for (ProgressPoint p : r.bestOverTime()) {
                if (p.violation() == 0.0) {
                    series.add(p.elapsed().toMillis() / 1000.0, p.objective());
                    last = p.objective();
                }
            }
            if (!Double.isNaN(last)) {
                series.add(Math.max(r.totalTime().toMillis() / 1000.0, series.getMaxX()), last);
            }
            dataset.addSeries(series);
            seriesLabel.add(labels.indexOf(r.label()));
            inLegend.add(r.repeat() == 0);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Best objective over time: " + instance, "seconds",
                "objective (feasible)", dataset, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        XYStepRenderer renderer = new XYStepRenderer();
        for (int s = 0; s < seriesLabel.size(); s++) {
            renderer.setSeriesPaint(s, PALETTE[seriesLabel.get(s) % PALETTE.length]);
            renderer.setSeriesStroke(s, new BasicStroke(1.6f));
            renderer.setSeriesVisibleInLegend(s, inLegend.get(s));
        }
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        return chart;
    }

    /** Mean gap (%) per instance and config/framework, to the best-known value or the best run. */
    static JFreeChart gaps(BenchmarkReport report) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        boolean anyFromRuns = false;
        for (Summary s : report.summaries()) {
            BenchmarkReport.Reference ref = report.reference(s.instance());
            anyFromRuns |= ref.fromRuns();
            double gap = Numbers.gapPercent(s.meanObjective(), ref.value(), isMaximize(report, s.instance()));
            dataset.addValue(Double.isNaN(gap) ? null : gap, s.label(), s.instance());
        }
        JFreeChart chart = ChartFactory.createBarChart("Mean gap per instance (lower is better)", "instance",
                anyFromRuns ? "gap % to best known (else best run)" : "gap % to best known", dataset,
                PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        List<String> labels = report.labels();
        for (int s = 0; s < dataset.getRowCount(); s++) {
            renderer.setSeriesPaint(s, PALETTE[labels.indexOf((String) dataset.getRowKey(s)) % PALETTE.length]);
        }
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return chart;
    }

    private static boolean isMaximize(BenchmarkReport report, String instance) {
        return report.records().stream().filter(r -> r.instance().equals(instance)).findFirst()
                .map(RunRecord::maximize).orElse(true);
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_").toLowerCase(Locale.ROOT);
    }
}
