package io.hyperseed.report;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a benchmark report shows: when and where it ran, with which settings, every run, and the optional
 * published results to print beside them.
 *
 * @param title the report title
 * @param date when the benchmark started
 * @param machine the machine it ran on
 * @param settings the benchmark settings (time budget, repeats, ...), in display order
 * @param records every run, in execution order
 * @param anchors published results, or null
 */
public record BenchmarkReport(String title, ZonedDateTime date, MachineInfo machine, Map<String, String> settings,
        List<RunRecord> records, ReferenceTable anchors) {

    public BenchmarkReport {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(machine, "machine");
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        records = List.copyOf(records);
    }

    /** The published results, if given. */
    public Optional<ReferenceTable> anchorTable() {
        return Optional.ofNullable(anchors);
    }

    /** The instance names in run order, without repeats. */
    public List<String> instances() {
        return distinct(records.stream().map(RunRecord::instance).toList());
    }

    /** The {@code config/framework} labels in run order, without repeats. */
    public List<String> labels() {
        return distinct(records.stream().map(RunRecord::label).toList());
    }

    /** The runs folded per (instance, framework, config). */
    public List<Summary> summaries() {
        return Summary.of(records);
    }

    /**
     * The reference for gaps on an instance: its best-known value, or else the best feasible objective any run
     * reached (then {@code fromRuns} is true).
     */
    public Reference reference(String instance) {
        List<RunRecord> runs = records.stream().filter(r -> r.instance().equals(instance)).toList();
        double known = runs.stream().mapToDouble(RunRecord::bestKnown).filter(v -> !Double.isNaN(v)).findFirst()
                .orElse(Double.NaN);
        if (!Double.isNaN(known)) {
            return new Reference(known, false);
        }
        boolean maximize = runs.isEmpty() || runs.get(0).maximize();
        double best = Double.NaN;
        for (RunRecord r : runs) {
            if (!r.failed() && r.feasible() && (Double.isNaN(best) || (maximize ? r.objective() > best
                    : r.objective() < best))) {
                best = r.objective();
            }
        }
        return new Reference(best, true);
    }

    /**
     * A gap reference.
     *
     * @param value the reference objective (NaN when no run was feasible)
     * @param fromRuns true when it is the best of this benchmark's runs, not a best-known value
     */
    public record Reference(double value, boolean fromRuns) {
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
