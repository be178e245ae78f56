package io.hyperseed.report;

import io.hyperseed.core.solve.ProgressPoint;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One benchmark run: an (instance, framework, config, repeat) with its budget and what it reached.
 *
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
 * @param moveEvaluationSpeed move evaluations per second (0 when unknown)
 * @param bestKnown the best-known objective (NaN when unknown)
 * @param maximize whether the objective is maximised
 * @param bestOverTime the new-best events in order
 * @param error the failure message, or empty when the run succeeded
 */
public record RunRecord(String instance, String framework, String config, int repeat, long seed,
        Duration timeBudget, double objective, double violation, boolean feasible, double seedObjective,
        Duration seedTime, Duration totalTime, long moveEvaluationSpeed, double bestKnown, boolean maximize,
        List<ProgressPoint> bestOverTime, String error) {

    public RunRecord {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(timeBudget, "timeBudget");
        Objects.requireNonNull(seedTime, "seedTime");
        Objects.requireNonNull(totalTime, "totalTime");
        Objects.requireNonNull(error, "error");
        bestOverTime = List.copyOf(bestOverTime);
    }

    /** The gap in percent to the best-known value (positive = worse), NaN when unknown. */
    public double gapPercent() {
        return Numbers.gapPercent(objective, bestKnown, maximize);
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
