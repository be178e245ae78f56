package io.hyperseed.report;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a benchmark report shows: when and where it ran, with which settings, every run, and the optional
 * published results to print beside them. Runs are kept in run-matrix order ({@link RunRecord#run()}), so a
 * report merged from shards lists them as the unsharded run would. Summaries are {@code O(runs log runs)}.
 *
 * @param title the report title
 * @param date when the benchmark started (the earliest shard's start when merged)
 * @param machine the machine it ran on
 * @param settings the benchmark settings (time budget, repeats, ...), in display order
 * @param records every run, sorted by run index
 * @param anchors published results, or null
 */
public record BenchmarkReport(String title, ZonedDateTime date, MachineInfo machine, Map<String, String> settings,
        List<RunRecord> records, ReferenceTable anchors) {

    public BenchmarkReport {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(machine, "machine");
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        records = records.stream().sorted(Comparator.comparingInt(RunRecord::run)).toList();
    }

    /** The published results, if given. */
    public Optional<ReferenceTable> anchorTable() {
        return Optional.ofNullable(anchors);
    }

    /** The instance names in run-matrix order, without repeats. */
    public List<String> instances() {
        return distinct(records.stream().map(RunRecord::instance).toList());
    }

    /** The {@code config/framework} labels in run-matrix order, without repeats. */
    public List<String> labels() {
        return distinct(records.stream().map(RunRecord::label).toList());
    }

    /** The runs folded per (instance, framework, config). */
    public List<Summary> summaries() {
        return Summary.of(records, this::reference);
    }

    /** Whether the objective of {@code instance} is maximised (true when unknown). */
    public boolean maximize(String instance) {
        return records.stream().filter(r -> r.instance().equals(instance)).findFirst().map(RunRecord::maximize)
                .orElse(true);
    }

    /**
     * The reference for gaps and time to target on an instance: its best-known (or reference) value, or else the
     * best feasible objective any run reached (then {@code fromRuns} is true).
     */
    public Reference reference(String instance) {
        List<RunRecord> runs = records.stream().filter(r -> r.instance().equals(instance)).toList();
        for (RunRecord r : runs) {
            if (!Double.isNaN(r.reference())) {
                return new Reference(r.reference(), false, r.referenceSource());
            }
        }
        boolean maximize = maximize(instance);
        double best = Double.NaN;
        for (RunRecord r : runs) {
            if (!r.failed() && r.feasible() && (Double.isNaN(best) || (maximize ? r.objective() > best
                    : r.objective() < best))) {
                best = r.objective();
            }
        }
        return new Reference(best, true, Double.isNaN(best) ? "" : "best run of this benchmark");
    }

    /** Seconds until {@code run} reached {@code fraction} of its instance's reference (see {@link TimeToTarget}). */
    public double timeToTarget(RunRecord run, double fraction) {
        Reference ref = reference(run.instance());
        if (Double.isNaN(ref.value())) {
            return Double.NaN;
        }
        return TimeToTarget.seconds(run, TimeToTarget.target(ref.value(), fraction, run.maximize()));
    }

    /**
     * A reference value.
     *
     * @param value the reference objective (NaN when no run was feasible)
     * @param fromRuns true when it is the best of this benchmark's runs, not a best-known value
     * @param source where it comes from
     */
    public record Reference(double value, boolean fromRuns, String source) {
    }

    private static List<String> distinct(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (!out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }
}
