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
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws the benchmark plots as PNG files with JFreeChart (headless): per instance, the best objective over time
 * of every run (one colour per {@code config/framework}, one step line per repeat) and the time-to-target curves
 * (the share of runs that reached 99.5 % and 100 % of the reference by each time, one colour per
 * {@code config/framework}); and one bar chart of the median gap per instance and {@code config/framework}. Only
 * feasible points are drawn. {@code O(progress points)}.
 */
public final class ChartWriter {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 500;
    private static final Paint[] PALETTE = {
        new Color(0x1f77b4),
        new Color(0xd62728),
        new Color(0x2ca02c),
        new Color(0xff7f0e),
        new Color(0x9467bd),
        new Color(0x8c564b),
        new Color(0xe377c2),
        new Color(0x7f7f7f),
        new Color(0xbcbd22),
        new Color(0x17becf)
    };

    private ChartWriter() {}

    /** The file name of an instance's over-time plot. */
    public static String overTimeFileName(String instance) {
        return "best-over-time-" + safe(instance) + ".png";
    }

    /** The file name of an instance's time-to-target plot. */
    public static String timeToTargetFileName(String instance) {
        return "time-to-target-" + safe(instance) + ".png";
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
            Path ttt = dir.resolve(timeToTargetFileName(instance));
            ChartUtils.saveChartAsPNG(ttt.toFile(), timeToTarget(report, instance), WIDTH, HEIGHT);
            files.add(ttt);
        }
        Path gap = dir.resolve(GAP_FILE_NAME);
        ChartUtils.saveChartAsPNG(gap.toFile(), gaps(report), WIDTH, HEIGHT);
        files.add(gap);
        return files;
    }

    /** Best objective over time on {@code instance}: a step line per run. */
    static JFreeChart overTime(BenchmarkReport report, String instance) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYStepRenderer renderer = new XYStepRenderer();
        List<String> labels = report.labels();
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
            int s = addSeries(dataset, renderer, series, labels.indexOf(r.label()), new BasicStroke(1.6f));
            renderer.setSeriesVisibleInLegend(s, r.repeat() == 0);
        }
        JFreeChart chart =
                stepChart("Best objective over time: " + instance, "objective (feasible)", dataset, renderer);
        ((NumberAxis) chart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
        return chart;
    }

    /**
     * The share of runs per {@code config/framework} that reached 99.5 % (dashed) and 100 % (solid) of the reference
     * by each time: empirical distributions of the time to target, as step lines.
     */
    static JFreeChart timeToTarget(BenchmarkReport report, String instance) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYStepRenderer renderer = new XYStepRenderer();
        List<String> labels = report.labels();
        double end = 0;
        for (RunRecord r : report.records()) {
            if (r.instance().equals(instance)) {
                end = Math.max(
                        end, Math.max(r.timeBudget().toMillis(), r.totalTime().toMillis()) / 1000.0);
            }
        }
        for (String label : labels) {
            List<RunRecord> runs = report.records().stream()
                    .filter(r -> r.instance().equals(instance) && r.label().equals(label))
                    .toList();
            if (runs.isEmpty()) {
                continue;
            }
            for (double fraction : TimeToTarget.FRACTIONS) {
                double[] times = runs.stream()
                        .mapToDouble(r -> report.timeToTarget(r, fraction))
                        .filter(Double::isFinite)
                        .sorted()
                        .toArray();
                XYSeries series = new XYSeries(label + " " + TimeToTarget.label(fraction), false, true);
                series.add(0.0, 0.0);
                for (int i = 0; i < times.length; i++) {
                    series.add(times[i], (i + 1) / (double) runs.size());
                }
                series.add(
                        Math.max(end, times.length == 0 ? 0.0 : times[times.length - 1]),
                        times.length / (double) runs.size());
                addSeries(
                        dataset,
                        renderer,
                        series,
                        labels.indexOf(label),
                        fraction < 1.0
                                ? new BasicStroke(
                                        1.6f,
                                        BasicStroke.CAP_BUTT,
                                        BasicStroke.JOIN_MITER,
                                        10f,
                                        new float[] {6f, 4f},
                                        0f)
                                : new BasicStroke(2.0f));
            }
        }
        BenchmarkReport.Reference ref = report.reference(instance);
        JFreeChart chart = stepChart(
                "Time to target: " + instance + " (reference " + Numbers.objective(ref.value())
                        + (ref.fromRuns() ? ", best run" : "") + ")",
                "share of runs at 99.5 % (dashed) / 100 % (solid)",
                dataset,
                renderer);
        ((NumberAxis) chart.getXYPlot().getRangeAxis()).setRange(0.0, 1.05);
        return chart;
    }

    /** Median gap (%) per instance and config/framework, to the best-known value or the best run. */
    static JFreeChart gaps(BenchmarkReport report) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        boolean anyFromRuns = false;
        for (Summary s : report.summaries()) {
            BenchmarkReport.Reference ref = report.reference(s.instance());
            anyFromRuns |= ref.fromRuns();
            double gap = Numbers.gapPercent(s.objective().median(), ref.value(), report.maximize(s.instance()));
            dataset.addValue(Double.isNaN(gap) ? null : gap, s.label(), s.instance());
        }
        JFreeChart chart = ChartFactory.createBarChart(
                "Median gap per instance (lower is better)",
                "instance",
                anyFromRuns ? "gap % to the reference (else best run)" : "gap % to the reference",
                dataset,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        List<String> labels = report.labels();
        for (int s = 0; s < dataset.getRowCount(); s++) {
            renderer.setSeriesPaint(s, colour(labels.indexOf((String) dataset.getRowKey(s))));
        }
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new StandardBarPainter());
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return chart;
    }

    /**
     * A step-line chart over seconds with a legend, drawn by {@code renderer} on white with light grey grid lines.
     */
    private static JFreeChart stepChart(
            String title, String rangeLabel, XYSeriesCollection dataset, XYStepRenderer renderer) {
        JFreeChart chart = ChartFactory.createXYLineChart(
                title, "seconds", rangeLabel, dataset, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return chart;
    }

    /**
     * Adds {@code series} to {@code dataset}, drawn by {@code renderer} with {@code stroke} in the colour of the
     * {@code config/framework} label with index {@code labelIndex}; returns the series' index.
     */
    private static int addSeries(
            XYSeriesCollection dataset, XYStepRenderer renderer, XYSeries series, int labelIndex, BasicStroke stroke) {
        int s = dataset.getSeriesCount();
        renderer.setSeriesPaint(s, colour(labelIndex));
        renderer.setSeriesStroke(s, stroke);
        dataset.addSeries(series);
        return s;
    }

    /** The palette colour of the {@code config/framework} label with index {@code labelIndex}. */
    private static Paint colour(int labelIndex) {
        return PALETTE[labelIndex % PALETTE.length];
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_").toLowerCase(Locale.ROOT);
    }
}
