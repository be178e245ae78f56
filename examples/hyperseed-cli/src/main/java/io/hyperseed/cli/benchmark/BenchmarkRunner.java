package io.hyperseed.cli.benchmark;

import io.hyperseed.core.io.Instance;
import io.hyperseed.core.io.SolutionFiles;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.solve.HybridPolicy.PhaseKind;
import io.hyperseed.core.solve.HybridSolver;
import io.hyperseed.core.solve.ProgressPoint;
import io.hyperseed.core.solve.SolveListener;
import io.hyperseed.core.solve.SolveOptions;
import io.hyperseed.core.solve.SolveResult;
import io.hyperseed.report.Numbers;
import io.hyperseed.report.RunRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a list of {@link PlannedRun}s (a whole plan or one shard) in this JVM: first a warm-up that is not recorded
 * (every config x framework once on the smallest instance, so the JIT compiler and PyTorch's native library are
 * ready the same way for every framework), then the runs in the planned order, {@code parallel} at a time. Each
 * instance is read once and dropped after its last run. A run that throws is recorded as failed and the benchmark
 * goes on; a stop request (Ctrl-C) ends the runs in progress early, records them as stopped (not counted in the
 * statistics) and starts no further run. Time: the sum of the budgets over {@code parallel},
 * plus overheads and the warm-up.
 */
public final class BenchmarkRunner {

    /** Reads one instance file. */
    @FunctionalInterface
    public interface InstanceSource {
        /** Reads {@code file}. */
        Instance read(Path file) throws IOException;
    }

    /**
     * How to run.
     *
     * @param parallel runs at once (1: one after the other, CPU time of the whole process per run)
     * @param warmUp the budget of each warm-up solve (zero: no warm-up)
     * @param neuralThreads the threads a neural run computes with at most (PyTorch's intra-op threads)
     * @param solutionDir where every run's final solution is written ({@link #solutionFile}), or null for nowhere
     */
    public record Options(int parallel, Duration warmUp, int neuralThreads, Path solutionDir) {

        /** Options that write no solution files. */
        public Options(int parallel, Duration warmUp, int neuralThreads) {
            this(parallel, warmUp, neuralThreads, null);
        }

        public Options {
            Objects.requireNonNull(warmUp, "warmUp");
            if (parallel < 1) {
                throw new IllegalArgumentException(
                        "The parallel runs (" + parallel + ") must be at least 1. Maybe " + "--parallel 1?");
            }
            if (warmUp.isNegative()) {
                throw new IllegalArgumentException(
                        "The warm-up (" + warmUp + ") must not be negative. Maybe " + "--warm-up 0s to skip it?");
            }
            if (neuralThreads < 1) {
                throw new IllegalArgumentException("The neural threads (" + neuralThreads + ") must be at least 1.");
            }
        }
    }

    private final Function<String, HybridSolver> solvers;
    private final InstanceSource source;
    private final Consumer<String> log;
    private final BooleanSupplier stopRequested;

    /**
     * @param solvers the solver per framework name (fails for unknown names)
     * @param source reads instance files
     * @param log receives one line per run (from several threads when runs are parallel; calls are serialised)
     * @param stopRequested true when the benchmark should end after the current runs
     */
    public BenchmarkRunner(
            Function<String, HybridSolver> solvers,
            InstanceSource source,
            Consumer<String> log,
            BooleanSupplier stopRequested) {
        this.solvers = Objects.requireNonNull(solvers, "solvers");
        this.source = Objects.requireNonNull(source, "source");
        Objects.requireNonNull(log, "log");
        this.log = line -> {
            synchronized (this) {
                log.accept(line);
            }
        };
        this.stopRequested = Objects.requireNonNull(stopRequested, "stopRequested");
    }

    /**
     * Runs {@code runs} (from {@code plan}); {@code references} gives each instance's reference value. Returns the
     * records in run-matrix order.
     */
    public List<RunRecord> run(
            BenchmarkPlan plan, List<PlannedRun> runs, Options options, Function<Instance, KnownValue> references)
            throws IOException {
        Map<String, HybridSolver> frameworkSolvers = new HashMap<>();
        plan.frameworks().forEach(f -> frameworkSolvers.put(f, solvers.apply(f)));
        if (runs.isEmpty()) {
            log.accept("this shard has no runs (the plan has " + plan.size() + ")");
            return List.of();
        }
        if (!options.warmUp().isZero()) {
            warmUp(plan, runs, options.warmUp(), frameworkSolvers);
        }
        InstanceCache cache = new InstanceCache(source, runs);
        Map<Path, KnownValue> known = new ConcurrentHashMap<>();
        RunQueue queue = new RunQueue(runs, r -> options.parallel() > 1 && NeuralConfigs.isNeural(r.config()));
        List<RunRecord> records = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger done = new AtomicInteger();
        Worker worker = () -> {
            PlannedRun run;
            while (!stopRequested.getAsBoolean() && (run = queue.next()) != null) {
                try {
                    Instance instance = cache.acquire(run);
                    KnownValue ref = known.computeIfAbsent(run.instance(), k -> references.apply(instance));
                    PlannedRun current = run;
                    RunRecord record = runOne(
                            plan,
                            run,
                            instance,
                            frameworkSolvers.get(run.framework()),
                            options,
                            ref,
                            stopRequested,
                            () -> queue.release(current));
                    records.add(record);
                    log.accept("[" + done.incrementAndGet() + "/" + runs.size() + "] " + describe(record));
                } finally {
                    cache.release(run);
                    queue.done(run);
                }
            }
            return null;
        };
        if (options.parallel() == 1) {
            try {
                worker.call();
            } catch (IOException | RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        } else {
            runParallel(worker, options.parallel(), queue);
        }
        if (queue.remaining() > 0) {
            log.accept("stopped after " + records.size() + " of " + runs.size() + " runs");
        }
        List<RunRecord> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparingInt(RunRecord::run));
        return sorted;
    }

    /**
     * A listener that calls {@code action} once, at the first new best from a phase after the construction ones,
     * that is once the neural phase (if any) is over and the search runs.
     */
    private static SolveListener searchStarted(Runnable action) {
        return new SolveListener() {
            private boolean called;

            @Override
            public void onNewBest(ProgressPoint point) {
                if (!called
                        && !point.phase().equals(PhaseKind.NEURAL.label())
                        && !point.phase().equals(PhaseKind.CONSTRUCTION.label())) {
                    called = true;
                    action.run();
                }
            }
        };
    }

    /** A worker loop; may throw what reading an instance throws. */
    @FunctionalInterface
    private interface Worker extends Callable<Void> {}

    private static void runParallel(Worker worker, int parallel, RunQueue queue) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "benchmark-run");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                futures.add(pool.submit(worker));
            }
            for (Future<Void> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    queue.close();
                    Throwable cause = e.getCause();
                    if (cause instanceof IOException io) {
                        throw io;
                    }
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } catch (InterruptedException e) {
            // Ctrl-C: the runs in progress end early (marked as stopped); wait for their records.
            queue.close();
            pool.shutdownNow();
            try {
                pool.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException again) {
                // Give up waiting; the report keeps the runs recorded so far.
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Solves the smallest instance of {@code runs} (by file size) once per config x framework with the warm-up
     * budget; nothing is recorded, failures are logged and left for the runs to report.
     */
    private void warmUp(
            BenchmarkPlan plan, List<PlannedRun> runs, Duration budget, Map<String, HybridSolver> frameworkSolvers)
            throws IOException {
        Path smallest = runs.stream()
                .map(PlannedRun::instance)
                .distinct()
                .min(Comparator.comparingLong(BenchmarkRunner::fileSize))
                .orElseThrow();
        Instance instance = source.read(smallest);
        Duration each = budget.compareTo(plan.timeLimit()) < 0 ? budget : plan.timeLimit();
        LinkedHashSet<List<String>> pairs = new LinkedHashSet<>();
        runs.forEach(r -> pairs.add(List.of(r.config(), r.framework())));
        log.accept("warm-up    " + pairs.size() + " solves of " + Numbers.seconds(each) + " on " + instance.name()
                + " (JIT, PyTorch; not reported)");
        for (List<String> pair : pairs) {
            if (stopRequested.getAsBoolean()) {
                return;
            }
            SolveOptions options =
                    new SolveOptions(pair.get(0), each, plan.baseSeed(), plan.device(), plan.neuralProperties());
            try {
                frameworkSolvers.get(pair.get(1)).solve(instance, options, SolveListener.NONE);
            } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
                log.accept("warm-up of " + pair.get(0) + "/" + pair.get(1) + " failed: " + e.getMessage());
            }
        }
    }

    /**
     * The file of a run's final solution in {@code dir}: {@code <instance>__<config>__<framework>__seed<seed>.sol},
     * characters outside {@code [A-Za-z0-9._-]} replaced by {@code _}.
     */
    public static Path solutionFile(Path dir, String instance, String config, String framework, long seed) {
        String name =
                String.join("__", instance, config, framework, "seed" + seed).replaceAll("[^A-Za-z0-9._-]", "_");
        return dir.resolve(name + ".sol");
    }

    private static void writeSolution(Path dir, PlannedRun run, String framework, Instance instance, SolveResult r) {
        Path file = solutionFile(dir, instance.name(), run.config(), framework, run.seed());
        Map<String, String> comments = new LinkedHashMap<>();
        comments.put("config", run.config());
        comments.put("framework", framework);
        comments.put("seed", Long.toString(run.seed()));
        comments.put("objective", Double.toString(r.solution().objective()));
        try {
            SolutionFiles.write(file, instance, r.solution(), comments);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the solution file " + file + ": " + e.getMessage(), e);
        }
    }

    private static long fileSize(Path file) {
        String text = file.toString();
        Path plain = text.contains("#") ? Path.of(text.substring(0, text.lastIndexOf('#'))) : file;
        try {
            return Files.size(plain);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * Runs one solve and records it. A solve cut short by a stop request (Ctrl-C interrupts it, and the solver
     * returns its best so far) is recorded as stopped, so that no truncated run enters the statistics.
     */
    private static RunRecord runOne(
            BenchmarkPlan plan,
            PlannedRun run,
            Instance instance,
            HybridSolver solver,
            Options options,
            KnownValue known,
            BooleanSupplier stopRequested,
            Runnable trainingOver) {
        SolveOptions solveOptions =
                new SolveOptions(run.config(), plan.timeLimit(), run.seed(), plan.device(), plan.neuralProperties());
        boolean maximize = instance.problem().sense() == Sense.MAXIMIZE;
        int threads = NeuralConfigs.isNeural(run.config()) ? options.neuralThreads() : 1;
        if (options.parallel() == 1) {
            System.gc();
        }
        CpuClock cpu = CpuClock.start(options.parallel() == 1);
        long start = System.nanoTime();
        String scope = cpu.isProcess() ? RunRecord.CPU_PROCESS : RunRecord.CPU_THREAD;
        try {
            SolveResult r = solver.solve(instance, solveOptions, searchStarted(trainingOver));
            Duration cpuUsed = cpu.elapsed(); // before writing the solution file, which is not part of the run
            if (options.solutionDir() != null) {
                writeSolution(options.solutionDir(), run, solver.framework(), instance, r);
            }
            return new RunRecord(
                    run.run(),
                    run.order(),
                    instance.name(),
                    solver.framework(),
                    run.config(),
                    run.repeat(),
                    run.seed(),
                    plan.timeLimit(),
                    r.solution().objective(),
                    r.solution().violation(),
                    r.solution().isFeasible(),
                    r.seed() == null ? Double.NaN : r.seed().solution().objective(),
                    r.seedTime(),
                    r.totalTime(),
                    cpuUsed,
                    scope,
                    threads,
                    r.moveEvaluationSpeed(),
                    known.value(),
                    known.source(),
                    maximize,
                    r.bestOverTime(),
                    stopRequested.getAsBoolean() ? "stopped (Ctrl-C) before the budget ended; not counted" : "");
        } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new RunRecord(
                    run.run(),
                    run.order(),
                    instance.name(),
                    solver.framework(),
                    run.config(),
                    run.repeat(),
                    run.seed(),
                    plan.timeLimit(),
                    Double.NaN,
                    Double.NaN,
                    false,
                    Double.NaN,
                    Duration.ZERO,
                    elapsed,
                    cpu.elapsed(),
                    scope,
                    threads,
                    0,
                    known.value(),
                    known.source(),
                    maximize,
                    List.of(),
                    oneLine(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    /** The message on one line (solver messages span several), so it stays one CSV cell. */
    static String oneLine(String message) {
        return message.strip().replaceAll("\\s*\\R\\s*", " | ");
    }

    private static String describe(RunRecord r) {
        String head = r.instance() + " " + r.label() + " #" + r.repeat() + " seed " + r.seed();
        if (r.failed()) {
            return head + " FAILED: " + r.error();
        }
        return head + ": " + Numbers.objective(r.objective())
                + (r.feasible() ? "" : " (infeasible, violation " + Numbers.objective(r.violation()) + ")")
                + (Double.isNaN(r.gapPercent()) ? "" : " gap " + Numbers.percent(r.gapPercent()))
                + (Double.isNaN(r.seedObjective())
                        ? ""
                        : ", seed " + Numbers.objective(r.seedObjective()) + " in " + Numbers.seconds(r.seedTime()))
                + ", total " + Numbers.seconds(r.totalTime()) + ", cpu " + Numbers.seconds(r.cpuTime()) + " ("
                + r.cpuScope() + ", " + r.threads() + (r.threads() == 1 ? " thread)" : " threads)");
    }
}
