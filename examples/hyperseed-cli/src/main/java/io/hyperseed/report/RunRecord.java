package io.hyperseed.report;

import io.hyperseed.core.solve.ProgressPoint;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One benchmark run: an (instance, framework, config, repeat) with its budget, what it reached, and what it cost.
 *
 * @param run the run's index in the benchmark's full run matrix (instance, config, framework, repeat, in that
 *        nesting), the same whichever shard ran it
 * @param order the run's position in the benchmark's planned execution order (0-based)
 * @param instance the instance name
 * @param framework {@code timefold} or {@code optaplanner}
 * @param config the configuration name
 * @param repeat the 0-based repeat index
 * @param seed the random seed used
 * @param timeBudget the time budget
 * @param objective the best objective (NaN when the run failed)
 * @param violation its constraint violation
 * @param feasible whether it is feasible
 * @param seedObjective the objective of the seeding phase's result (NaN without one)
 * @param seedTime the seeding phase's wall time
 * @param totalTime the run's wall time
 * @param cpuTime the CPU time the run used (see {@code cpuScope})
 * @param cpuScope {@value #CPU_PROCESS} (the whole process's CPU time over the run: runs did not overlap) or
 *        {@value #CPU_THREAD} (the solving thread's CPU time only: runs overlapped)
 * @param threads the most threads the run computed with at once (1 for the search; PyTorch's intra-op threads
 *        while a neural phase trains)
 * @param moveEvaluationSpeed move evaluations per second (0 when unknown)
 * @param reference the reference objective for gaps and time to target: a best-known or published value (NaN when
 *        unknown; the report then uses the best run)
 * @param referenceSource where {@code reference} comes from (empty when NaN)
 * @param maximize whether the objective is maximised
 * @param bestOverTime the new-best events in order
 * @param error the failure message, or empty when the run succeeded
 */
public record RunRecord(
        int run,
        int order,
        String instance,
        String framework,
        String config,
        int repeat,
        long seed,
        Duration timeBudget,
        double objective,
        double violation,
        boolean feasible,
        double seedObjective,
        Duration seedTime,
        Duration totalTime,
        Duration cpuTime,
        String cpuScope,
        int threads,
        long moveEvaluationSpeed,
        double reference,
        String referenceSource,
        boolean maximize,
        List<ProgressPoint> bestOverTime,
        String error) {

    /** {@link #cpuScope}: the process's CPU time over the run. */
    public static final String CPU_PROCESS = "process";
    /** {@link #cpuScope}: the solving thread's CPU time only. */
    public static final String CPU_THREAD = "thread";

    public RunRecord {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(timeBudget, "timeBudget");
        Objects.requireNonNull(seedTime, "seedTime");
        Objects.requireNonNull(totalTime, "totalTime");
        Objects.requireNonNull(cpuTime, "cpuTime");
        Objects.requireNonNull(referenceSource, "referenceSource");
        Objects.requireNonNull(error, "error");
        if (run < 0 || order < 0 || repeat < 0) {
            throw new IllegalArgumentException(
                    "The run (" + run + "), order (" + order + ") and repeat (" + repeat + ") must not be negative.");
        }
        if (!cpuScope.equals(CPU_PROCESS) && !cpuScope.equals(CPU_THREAD)) {
            throw new IllegalArgumentException(
                    "The CPU scope (" + cpuScope + ") is not known. Maybe " + CPU_PROCESS + " or " + CPU_THREAD + "?");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("The thread count (" + threads + ") must be at least 1.");
        }
        bestOverTime = List.copyOf(bestOverTime);
    }

    /** The gap in percent to the reference value (positive = worse), NaN when unknown. */
    public double gapPercent() {
        return Numbers.gapPercent(objective, reference, maximize);
    }

    /** {@code config/framework}, the label of this run's series in plots and tables. */
    public String label() {
        return config + "/" + framework;
    }

    /** True when the run failed with an exception. */
    public boolean failed() {
        return !error.isEmpty();
    }
}
