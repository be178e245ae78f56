package io.hyperseed.report;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a benchmark report shows: when and where it ran, with which settings, every run, and the optional
 * published results to print beside them. Runs are kept in run-matrix order ({@link RunRecord#run()}), so a
 * report merged from shards lists them as the unsharded run would. The references are computed once, in
 * {@code O(runs)}; summaries are {@code O(runs log runs)}.
 *
 * @param title the report title
 * @param date when the benchmark started (the earliest shard's start when merged)
 * @param machine the machine it ran on
 * @param settings the benchmark settings (time budget, repeats, ...), in display order
 * @param records every run, sorted by run index
 * @param anchors published results, or null
 * @param references the reference per instance name, derived from {@code records} (see {@link #reference})
 */
public record BenchmarkReport(
        String title,
        ZonedDateTime date,
        MachineInfo machine,
        Map<String, String> settings,
        List<RunRecord> records,
        ReferenceTable anchors,
        Map<String, Reference> references) {

    public BenchmarkReport {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(machine, "machine");
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        records =
                records.stream().sorted(Comparator.comparingInt(RunRecord::run)).toList();
        references = Map.copyOf(references);
    }

    /** A report of {@code records}, with the references derived from them. */
    public BenchmarkReport(
            String title,
            ZonedDateTime date,
            MachineInfo machine,
            Map<String, String> settings,
            List<RunRecord> records,
            ReferenceTable anchors) {
        this(title, date, machine, settings, records, anchors, referencesOf(records));
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
        return records.stream()
                .filter(r -> r.instance().equals(instance))
                .findFirst()
                .map(RunRecord::maximize)
                .orElse(true);
    }

    /**
     * The reference for gaps and time to target on an instance: its best-known (or reference) value, or else the
     * best feasible objective any run reached (then {@code fromRuns} is true); NaN for an unknown instance.
     */
    public Reference reference(String instance) {
        return references.getOrDefault(instance, new Reference(Double.NaN, true, ""));
    }

    private static Map<String, Reference> referencesOf(List<RunRecord> records) {
        Map<String, Reference> refs = new LinkedHashMap<>();
        Map<String, Double> best = new LinkedHashMap<>();
        for (RunRecord r : records) {
            if (!Double.isNaN(r.reference())) {
                refs.putIfAbsent(r.instance(), new Reference(r.reference(), false, r.referenceSource()));
            }
            best.putIfAbsent(r.instance(), Double.NaN);
            if (!r.failed() && r.feasible()) {
                double b = best.get(r.instance());
                if (Double.isNaN(b) || (r.maximize() ? r.objective() > b : r.objective() < b)) {
                    best.put(r.instance(), r.objective());
                }
            }
        }
        best.forEach((instance, b) -> refs.putIfAbsent(
                instance, new Reference(b, true, Double.isNaN(b) ? "" : "best run of this benchmark")));
        return refs;
    }

    /** The gap in percent of {@code run} to its instance's reference (positive = worse), NaN without one. */
    public double gapPercent(RunRecord run) {
        return Numbers.gapPercent(run.objective(), reference(run.instance()).value(), run.maximize());
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
    public record Reference(double value, boolean fromRuns, String source) {}

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
