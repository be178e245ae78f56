package io.hyperseed.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The repeats of one (instance, framework, config) folded into one row. Objective statistics use feasible,
 * successful runs only. {@link #of} is {@code O(runs)}.
 *
 * @param instance the instance
 * @param framework the framework
 * @param config the configuration
 * @param runs how many runs
 * @param feasibleRuns how many of them ended feasible
 * @param bestObjective the best objective among feasible runs (NaN when none)
 * @param meanObjective the mean objective among feasible runs (NaN when none)
 * @param bestKnown the best-known value (NaN when unknown)
 * @param meanGap the mean gap in percent to the best-known value among feasible runs (NaN when unknown)
 * @param meanSeedObjective the mean objective of the seeding phase (NaN without one)
 * @param meanSeedSeconds the mean seeding time in seconds
 * @param meanTotalSeconds the mean total time in seconds
 * @param meanMoveSpeed the mean move evaluation speed
 */
public record Summary(String instance, String framework, String config, int runs, int feasibleRuns,
        double bestObjective, double meanObjective, double bestKnown, double meanGap, double meanSeedObjective,
        double meanSeedSeconds, double meanTotalSeconds, double meanMoveSpeed) {

    /** {@code config/framework}. */
    public String label() {
        return config + "/" + framework;
    }

    /** One summary per (instance, framework, config), in the order the runs first appear. */
    public static List<Summary> of(List<RunRecord> records) {
        Map<List<String>, List<RunRecord>> groups = new LinkedHashMap<>();
        for (RunRecord r : records) {
            groups.computeIfAbsent(List.of(r.instance(), r.framework(), r.config()), k -> new ArrayList<>()).add(r);
        }
        List<Summary> summaries = new ArrayList<>();
        groups.forEach((key, runs) -> summaries.add(fold(runs)));
        return summaries;
    }

    private static Summary fold(List<RunRecord> runs) {
        RunRecord first = runs.get(0);
        boolean maximize = first.maximize();
        double best = Double.NaN;
        double sum = 0;
        double gapSum = 0;
        int feasible = 0;
        double seedSum = 0;
        int seeds = 0;
        double seedSeconds = 0;
        double totalSeconds = 0;
        double speed = 0;
        for (RunRecord r : runs) {
            seedSeconds += r.seedTime().toMillis() / 1000.0;
            totalSeconds += r.totalTime().toMillis() / 1000.0;
            speed += r.moveEvaluationSpeed();
            if (!Double.isNaN(r.seedObjective())) {
                seedSum += r.seedObjective();
                seeds++;
            }
            if (r.failed() || !r.feasible()) {
                continue;
            }
            feasible++;
            sum += r.objective();
            gapSum += r.gapPercent();
            if (Double.isNaN(best) || (maximize ? r.objective() > best : r.objective() < best)) {
                best = r.objective();
            }
        }
        int n = runs.size();
        return new Summary(first.instance(), first.framework(), first.config(), n, feasible, best,
                feasible == 0 ? Double.NaN : sum / feasible, first.bestKnown(),
                feasible == 0 ? Double.NaN : gapSum / feasible, seeds == 0 ? Double.NaN : seedSum / seeds,
                seedSeconds / n, totalSeconds / n, speed / n);
    }
}
