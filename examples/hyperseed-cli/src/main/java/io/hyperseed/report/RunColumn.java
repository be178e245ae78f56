package io.hyperseed.report;

/**
 * The stored columns of the runs CSV, in file order: what {@link CsvReportWriter} writes for each {@link RunRecord}
 * and {@link CsvReportReader} requires to read it back. The derived columns (gap, times to target) are not listed:
 * the writer puts them after {@link #lastBeforeDerived()} and the reader ignores them.
 */
enum RunColumn {
    RUN("run"),
    ORDER("order"),
    INSTANCE("instance"),
    FRAMEWORK("framework"),
    CONFIG("config"),
    REPEAT("repeat"),
    SEED("seed"),
    TIME_BUDGET("time_budget_s"),
    OBJECTIVE("objective"),
    VIOLATION("violation"),
    FEASIBLE("feasible"),
    SEED_OBJECTIVE("seed_objective"),
    SEED_TIME("seed_time_s"),
    TOTAL_TIME("total_time_s"),
    CPU_TIME("cpu_time_s"),
    CPU_SCOPE("cpu_scope"),
    THREADS("threads"),
    MOVE_EVALUATION_SPEED("move_evaluation_speed"),
    REFERENCE("reference"),
    REFERENCE_SOURCE("reference_source"),
    MAXIMIZE("maximize"),
    ERROR("error"),
    BEST_OVER_TIME("best_over_time");

    private final String header;

    RunColumn(String header) {
        this.header = header;
    }

    /** @return the column's name in the CSV header, e.g. {@code time_budget_s} */
    String header() {
        return header;
    }

    /** @return the last stored column before the derived ones */
    static RunColumn lastBeforeDerived() {
        return REFERENCE_SOURCE;
    }
}
