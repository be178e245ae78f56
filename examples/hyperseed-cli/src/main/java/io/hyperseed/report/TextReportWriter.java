package io.hyperseed.report;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Prints the summary table of a report on a terminal: per instance and {@code config/framework}, the feasible
 * runs, the median objective with its range, the median gap, the median times to 99.5 % and 100 % of the
 * reference, the median CPU time and the threads. {@code O(runs log runs)}.
 */
public final class TextReportWriter {

    private TextReportWriter() {}

    /** Prints {@code report}'s summaries to {@code out}. */
    public static void write(BenchmarkReport report, PrintWriter out) {
        out.printf(
                "%-24s %-30s %5s %24s %9s %9s %9s %8s %3s%n",
                "instance",
                "config/framework",
                "runs",
                "median [min-max]",
                "gap",
                "t->99.5%",
                "t->100%",
                "cpu s",
                "thr");
        for (Summary s : report.summaries()) {
            out.printf(
                    Locale.ROOT,
                    "%-24s %-30s %5s %24s %9s %9s %9s %8s %3d%n",
                    s.instance(),
                    s.label(),
                    s.feasibleRuns() + "/" + s.runs(),
                    s.objective().medianAndRange(Numbers::objective),
                    Numbers.percent(s.gap().median()),
                    time(s, 0),
                    time(s, 1),
                    seconds(s.cpuSeconds().median()),
                    s.threads());
        }
        out.flush();
    }

    /** The median time to target {@code index} of {@link TimeToTarget#FRACTIONS}, or {@code -} when not reached. */
    static String time(Summary s, int index) {
        double t = s.timeToTarget().get(index).median();
        return Double.isFinite(t) ? seconds(t) : "-";
    }

    private static String seconds(double s) {
        return Double.isNaN(s) ? "-" : String.format(Locale.ROOT, "%.2f", s);
    }
}
