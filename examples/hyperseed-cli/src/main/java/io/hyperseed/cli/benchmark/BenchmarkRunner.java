package io.hyperseed.cli.benchmark;

import io.hyperseed.core.io.Instance;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.solve.HybridSolver;
import io.hyperseed.core.solve.SolveListener;
import io.hyperseed.core.solve.SolveOptions;
import io.hyperseed.core.solve.SolveResult;
import io.hyperseed.report.Numbers;
import io.hyperseed.report.ReferenceTable;
import io.hyperseed.report.RunRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a {@link BenchmarkPlan} sequentially in this JVM: each instance is read once, then every (config,
 * framework, repeat) solves it with the same budget. A run that throws is recorded as failed and the benchmark
 * goes on; a stop request ends it after the current run. Time: the sum of the budgets plus overheads.
 */
public final class BenchmarkRunner {

    /** Reads one instance file. */
    @FunctionalInterface
    public interface InstanceSource {
        /** Reads {@code file}. */
        Instance read(Path file) throws IOException;
    }

    private final Function<String, HybridSolver> solvers;
    private final InstanceSource source;
    private final Consumer<String> log;
    private final BooleanSupplier stopRequested;

    /**
     * @param solvers the solver per framework name (fails for unknown names)
     * @param source reads instance files
     * @param log receives one line per run
     * @param stopRequested true when the benchmark should end after the current run
     */
    public BenchmarkRunner(Function<String, HybridSolver> solvers, InstanceSource source, Consumer<String> log,
            BooleanSupplier stopRequested) {
        this.solvers = Objects.requireNonNull(solvers, "solvers");
        this.source = Objects.requireNonNull(source, "source");
        this.log = Objects.requireNonNull(log, "log");
        this.stopRequested = Objects.requireNonNull(stopRequested, "stopRequested");
    }

    /** Runs the plan; {@code bestKnown} (may be null) supplies the gap reference. */
    public List<RunRecord> run(BenchmarkPlan plan, ReferenceTable bestKnown) throws IOException {
        List<HybridSolver> frameworkSolvers = plan.frameworks().stream().map(solvers).toList();
        List<RunRecord> records = new ArrayList<>();
        int done = 0;
        for (Path file : plan.instances()) {
            Instance instance = source.read(file);
            String column = bestKnown == null || bestKnown.columns().isEmpty() ? null : bestKnown.columns().get(0);
            double known = column == null ? Double.NaN : bestKnown.value(instance.name(), column);
            for (String config : plan.configs()) {
                for (HybridSolver solver : frameworkSolvers) {
                    for (int repeat = 0; repeat < plan.repeats(); repeat++) {
                        if (stopRequested.getAsBoolean()) {
                            log.accept("stopped after " + done + " of " + plan.size() + " runs");
                            return records;
                        }
                        RunRecord record = runOne(plan, instance, config, solver, repeat, known);
                        records.add(record);
                        done++;
                        log.accept("[" + done + "/" + plan.size() + "] " + describe(record));
                    }
                }
            }
        }
        return records;
    }

    private static RunRecord runOne(BenchmarkPlan plan, Instance instance, String config, HybridSolver solver,
            int repeat, double known) {
        long seed = plan.baseSeed() + repeat;
        SolveOptions options = new SolveOptions(config, plan.timeLimit(), seed, plan.device(),
                plan.neuralProperties());
        boolean maximize = instance.problem().sense() == Sense.MAXIMIZE;
        System.gc();
        long start = System.nanoTime();
        try {
            SolveResult r = solver.solve(instance, options, SolveListener.NONE);
            return new RunRecord(instance.name(), solver.framework(), config, repeat, seed, plan.timeLimit(),
                    r.solution().objective(), r.solution().violation(), r.solution().isFeasible(),
                    r.seed() == null ? Double.NaN : r.seed().solution().objective(), r.seedTime(), r.totalTime(),
                    r.moveEvaluationSpeed(), known, maximize, r.bestOverTime(), "");
        } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new RunRecord(instance.name(), solver.framework(), config, repeat, seed, plan.timeLimit(),
                    Double.NaN, Double.NaN, false, Double.NaN, Duration.ZERO, elapsed, 0, known, maximize, List.of(),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static String describe(RunRecord r) {
        if (r.failed()) {
            return r.instance() + " " + r.label() + " #" + r.repeat() + " FAILED: " + r.error();
        }
        return r.instance() + " " + r.label() + " #" + r.repeat() + " seed " + r.seed() + ": "
                + Numbers.objective(r.objective()) + (r.feasible() ? "" : " (infeasible, violation "
                        + Numbers.objective(r.violation()) + ")")
                + (Double.isNaN(r.gapPercent()) ? "" : " gap " + Numbers.percent(r.gapPercent()))
                + (Double.isNaN(r.seedObjective()) ? "" : ", seed " + Numbers.objective(r.seedObjective()) + " in "
                        + Numbers.seconds(r.seedTime()))
                + ", total " + Numbers.seconds(r.totalTime());
    }
}
