package io.hyperseed.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The repeats of one (instance, framework, config) folded into one row of medians and spreads. Objective and gap
 * statistics use feasible, successful runs only; times to target count every run (a run that never reached the
 * target counts as infinitely slow). {@link #of} is {@code O(runs log runs)}.
 *
 * @param instance the instance
 * @param framework the framework
 * @param config the configuration
 * @param runs how many runs
 * @param feasibleRuns how many of them ended feasible
 * @param objective the objective over feasible runs
 * @param reference the reference value used for gaps and targets (NaN when none)
 * @param gap the gap in percent to the reference over feasible runs
 * @param seedObjective the seeding phase's objective over runs that had one
 * @param seedSeconds the seeding time in seconds
 * @param totalSeconds the wall time in seconds
 * @param cpuSeconds the CPU time in seconds
 * @param threads the most threads any of the runs used at once
 * @param moveSpeed the move evaluation speed
 * @param timeToTarget per fraction of {@link TimeToTarget#FRACTIONS}, the seconds to reach it
 * @param reached per fraction, how many runs reached it
 */
public record Summary(
        String instance,
        String framework,
        String config,
        int runs,
        int feasibleRuns,
        Spread objective,
        double reference,
        Spread gap,
        Spread seedObjective,
        Spread seedSeconds,
        Spread totalSeconds,
        Spread cpuSeconds,
        int threads,
        Spread moveSpeed,
        List<Spread> timeToTarget,
        List<Integer> reached) {

    public Summary {
        timeToTarget = List.copyOf(timeToTarget);
        reached = List.copyOf(reached);
    }

    /** {@code config/framework}. */
    public String label() {
        return config + "/" + framework;
    }

    /** One summary per (instance, framework, config), in the order the runs first appear. */
    public static List<Summary> of(List<RunRecord> records, Function<String, BenchmarkReport.Reference> references) {
        Map<List<String>, List<RunRecord>> groups = new LinkedHashMap<>();
        for (RunRecord r : records) {
            groups.computeIfAbsent(List.of(r.instance(), r.framework(), r.config()), k -> new ArrayList<>())
                    .add(r);
        }
        List<Summary> summaries = new ArrayList<>();
        groups.forEach((key, runs) -> summaries.add(fold(runs, references.apply(key.get(0)))));
        return summaries;
    }

    private static Summary fold(List<RunRecord> runs, BenchmarkReport.Reference reference) {
        RunRecord first = runs.get(0);
        List<RunRecord> good =
                runs.stream().filter(r -> !r.failed() && r.feasible()).toList();
        List<Spread> ttt = new ArrayList<>();
        List<Integer> reached = new ArrayList<>();
        for (double fraction : TimeToTarget.FRACTIONS) {
            double target = Double.isNaN(reference.value())
                    ? Double.NaN
                    : TimeToTarget.target(reference.value(), fraction, first.maximize());
            double[] times = runs.stream()
                    .mapToDouble(r -> TimeToTarget.seconds(r, target))
                    .toArray();
            ttt.add(Spread.of(times));
            reached.add((int) Arrays.stream(times).filter(Double::isFinite).count());
        }
        return new Summary(
                first.instance(),
                first.framework(),
                first.config(),
                runs.size(),
                good.size(),
                spread(good, RunRecord::objective),
                reference.value(),
                spread(good, r -> Numbers.gapPercent(r.objective(), reference.value(), r.maximize())),
                spread(runs, RunRecord::seedObjective),
                spread(runs, r -> r.seedTime().toNanos() / 1e9),
                spread(runs, r -> r.totalTime().toNanos() / 1e9),
                spread(runs, r -> r.cpuTime().toNanos() / 1e9),
                runs.stream().mapToInt(RunRecord::threads).max().orElse(1),
                spread(runs.stream().filter(r -> !r.failed()).toList(), r -> r.moveEvaluationSpeed()),
                ttt,
                reached);
    }

    private static Spread spread(List<RunRecord> runs, ToDoubleFunction<RunRecord> value) {
        return Spread.of(runs.stream().mapToDouble(value).toArray());
    }
}
