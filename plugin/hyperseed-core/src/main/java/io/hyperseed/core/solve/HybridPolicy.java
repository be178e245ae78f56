package io.hyperseed.core.solve;

import io.hyperseed.core.constrained.ProgramNeighbourhood;
import io.hyperseed.core.eval.ScoreBound;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.search.AnnealingTemperature;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The decisions that every solver adapter (Timefold, OptaPlanner) must make the same way, in one place: how much of
 * the budget a neural phase may use, which properties it gets, where the shipped configs live, how phases are named
 * in progress reports, and when the clock starts. The adapters only translate these decisions into their framework's
 * config objects; a shared contract test runs the same cases against both.
 *
 * <p>The clock: a solve's budget ({@link SolveOptions#timeLimit()}) starts before the instance is reduced and the
 * solver is built, and covers every phase; only the one-time native warm-up of the neural engine (once per JVM, see
 * the neural module's {@code NeuralWarmUp}) happens before it, in both adapters alike.
 */
public final class HybridPolicy {

    /** The share of the budget a neural phase followed by other phases gets unless its time limit is explicit. */
    public static final double NEURAL_SHARE = 0.3;

    /**
     * The largest share of the budget that measuring the simulated annealing loss unit may take; past it the shipped
     * temperatures stay as written.
     */
    public static final double TEMPERATURE_SHARE = 0.05;

    /**
     * The largest share of the budget that the exact max-cut reduction may take; past it the solver runs on the
     * instance as given ({@link CutKernel}).
     */
    public static final double REDUCTION_SHARE = 0.5;

    /** The headline config for max-cut and unconstrained programs (QUBO, PUBO). */
    public static final String DEFAULT_CONFIG = "neural-simulated-annealing";

    /** The headline config for constrained programs (knapsack rows, choice groups, hard clauses). */
    public static final String DEFAULT_PROGRAM_CONFIG = "neural-tabu";

    private HybridPolicy() {}

    /**
     * The config a user gets without naming one: {@link #DEFAULT_PROGRAM_CONFIG} for a program with constraints
     * (the program selector is built for Tabu: on OR-Library mknap1 at 1 s, 7/7 optima with neural + Tabu against 3-4/7
     * with neural + simulated annealing) and for MAX-SAT ({@link ProgramNeighbourhood#isClauseShaped}: only the Tabu
     * configs make clause-directed WalkSAT flips), else {@link #DEFAULT_CONFIG} (docs/results.md).
     */
    public static String defaultConfig(Instance instance) {
        PuboProblem problem = instance.problem();
        boolean clauses = !instance.isMaxCut() && ProgramNeighbourhood.isClauseShaped(problem);
        return problem.isConstrained() || clauses ? DEFAULT_PROGRAM_CONFIG : DEFAULT_CONFIG;
    }

    /**
     * The kernel a solve runs on: {@code instance} reduced when {@code reduce} is set, unless the reduction would
     * take more than {@link #REDUCTION_SHARE} of the budget, counted from {@code startNanos}: it gives up at that
     * point, or earlier, as soon as its projected cost says it will not make it ({@link CutKernel}).
     */
    public static CutKernel kernel(Instance instance, boolean reduce, SolveOptions options, long startNanos) {
        long shareEnd = shareEnd(options, startNanos, REDUCTION_SHARE);
        return CutKernel.of(
                instance,
                reduce,
                pastShare(options, startNanos, REDUCTION_SHARE),
                Duration.ofNanos(Math.max(0L, shareEnd - System.nanoTime())));
    }

    /** The {@link System#nanoTime()} at which {@code share} of the budget has passed since {@code startNanos}. */
    private static long shareEnd(SolveOptions options, long startNanos, double share) {
        return startNanos + Math.round(options.timeLimit().toNanos() * share);
    }

    /** True once {@code share} of the budget has passed since {@code startNanos}, or on an interrupt. */
    private static BooleanSupplier pastShare(SolveOptions options, long startNanos, double share) {
        long deadline = shareEnd(options, startNanos, share);
        return () -> System.nanoTime() - deadline > 0 || Thread.currentThread().isInterrupted();
    }

    /**
     * The loss unit by which a shipped config's simulated annealing temperature is multiplied
     * ({@link AnnealingTemperature}), measured on the instance the solver gets; empty for a solver XML of the user's
     * own (its temperature is taken as written) and when measuring would take more than {@link #TEMPERATURE_SHARE}
     * of the budget, counted from {@code startNanos} ({@link System#nanoTime()} when the solve's clock started).
     */
    public static OptionalLong annealingUnit(SolveOptions options, Instance solved, long startNanos) {
        if (!SolveOptions.BUILT_IN_CONFIGS.contains(options.config())) {
            return OptionalLong.empty();
        }
        return AnnealingTemperature.unit(solved, pastShare(options, startNanos, TEMPERATURE_SHARE));
    }

    /**
     * The soft score at which a solve stops before its budget because no assignment can score higher (with hard 0;
     * {@link ScoreBound}): on MAX-SAT every soft clause is satisfied, on max-cut every hyperedge is cut. Both adapters
     * end the solve early ({@code terminateEarly}) when a new best solution is feasible and reaches it, from their
     * best-solution listener. Not a framework {@code bestScoreLimit}: a composite termination's time gradient is the
     * largest of its parts, and a best-score limit's gradient is the score's progress towards it, so simulated
     * annealing would cool by the score instead of by the clock (measured: the seeded annealing ended 40-70 cuts
     * lower on the larger HypOp rows). {@code solved} is the instance the solver gets (the kernel for max-cut) and
     * {@code maxCut} says whether the solver scores it as a cut (its max-cut solution) or as a program.
     * {@code O(size)}.
     */
    public static long provenOptimumSoftScore(Instance solved, boolean maxCut) {
        return maxCut ? ScoreBound.soft(solved.hypergraph()) : ScoreBound.soft(solved.problem());
    }

    /**
     * The properties an adapter gives its neural phase for one solve: the XML {@code customProperties}, then the
     * solve's {@code device} (unless {@code auto}), then the solve's own neural properties, and the run's random seed
     * unless a {@code seed} is set by then.
     */
    public static Map<String, String> neuralProperties(Map<String, String> xmlProperties, SolveOptions options) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (xmlProperties != null) {
            properties.putAll(xmlProperties);
        }
        if (!"auto".equals(options.device())) {
            properties.put("device", options.device());
        }
        properties.putAll(options.neuralProperties());
        properties.putIfAbsent("seed", Long.toString(options.randomSeed()));
        return properties;
    }

    /**
     * The longest a neural phase may train in one solve: the remaining budget when it is the last phase or when the
     * solve's neural properties set {@code timeLimit} explicitly, else {@link #NEURAL_SHARE} of the budget (at least
     * 1 ms, never more than what remains).
     *
     * @param remaining the budget left when the solver starts (the budget minus reduction and set-up)
     */
    public static Duration neuralCap(SolveOptions options, Duration remaining, boolean lastPhase) {
        if (lastPhase || options.neuralProperties().containsKey("timeLimit")) {
            return positive(remaining);
        }
        Duration share = Duration.ofMillis(Math.round(options.timeLimit().toMillis() * NEURAL_SHARE));
        return positive(share.compareTo(remaining) < 0 ? share : remaining);
    }

    /**
     * Ends a solve at its deadline on the solve's own clock ({@code startNanos} plus the budget): from then on a
     * daemon thread calls {@code terminateEarly} (the framework's {@code Solver.terminateEarly}) every
     * {@value #DEADLINE_POLL_MILLIS} ms until the returned watch is closed. Both frameworks start their own clock
     * (and so their spent limit) only after they have set and cloned the initial solution, which on 10^6
     * variables takes over a second that their limit never sees; the watch ends the search where the user's budget
     * ends. It keeps calling because a framework clears the request when its solve starts. Close it when
     * {@code solve} returns, before the result is built.
     */
    public static DeadlineWatch endAtDeadline(SolveOptions options, long startNanos, Runnable terminateEarly) {
        long deadline = startNanos + options.timeLimit().toNanos();
        Thread watch = Thread.ofPlatform().daemon().name("hyperseed-deadline").unstarted(() -> {
            try {
                long wait;
                while ((wait = deadline - System.nanoTime()) > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                while (true) {
                    terminateEarly.run();
                    TimeUnit.MILLISECONDS.sleep(DEADLINE_POLL_MILLIS);
                }
            } catch (InterruptedException e) {
                // closed: the solve returned
            }
        });
        watch.start();
        return watch::interrupt;
    }

    /** How often {@link #endAtDeadline} repeats its request once the deadline has passed. */
    public static final long DEADLINE_POLL_MILLIS = 20;

    /** The handle of {@link #endAtDeadline}: closing it stops the watch. */
    @FunctionalInterface
    public interface DeadlineWatch extends AutoCloseable {
        @Override
        void close();
    }

    /** What is left of the budget {@code elapsed} after the solve started (at least 1 ms). */
    public static Duration remaining(SolveOptions options, Duration elapsed) {
        return positive(options.timeLimit().minus(elapsed));
    }

    /**
     * The class-path resource of a shipped config: {@code io/hyperseed/<framework>/<maxCut|program><Name>SolverConfig.xml},
     * e.g. {@code neural-tabu} for max-cut on Timefold is {@code io/hyperseed/timefold/maxCutNeuralTabuSolverConfig.xml}.
     *
     * @throws IllegalArgumentException when {@code name} is not built in
     */
    public static String configResource(String framework, String name, boolean maxCut) {
        if (!SolveOptions.BUILT_IN_CONFIGS.contains(name)) {
            throw new IllegalArgumentException("The config (" + name + ") is not built in. Maybe one of "
                    + SolveOptions.BUILT_IN_CONFIGS + " or a path to a solver XML file?");
        }
        StringBuilder camel = new StringBuilder(maxCut ? "maxCut" : "program");
        for (String part : name.split("-")) {
            camel.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        return "io/hyperseed/" + framework + "/" + camel + "SolverConfig.xml";
    }

    /** The kind of a configured phase, named the same in both adapters' progress reports. */
    public enum PhaseKind {
        /** Hyperseed's neural construction. */
        NEURAL,
        /** A construction heuristic (greedy, or the framework's own). */
        CONSTRUCTION,
        /** Local search with a tabu acceptor. */
        TABU,
        /** Local search with late acceptance. */
        LATE_ACCEPTANCE,
        /** Local search with simulated annealing. */
        SIMULATED_ANNEALING,
        /** Any other local search. */
        LOCAL_SEARCH;

        /** The name in reports: {@code neural}, {@code tabu}, {@code late-acceptance}, ... */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The kind of a local search phase from what its acceptor config sets (tabu wins, then the others). */
        public static PhaseKind ofLocalSearch(boolean tabu, boolean lateAcceptance, boolean simulatedAnnealing) {
            if (tabu) {
                return TABU;
            }
            if (lateAcceptance) {
                return LATE_ACCEPTANCE;
            }
            return simulatedAnnealing ? SIMULATED_ANNEALING : LOCAL_SEARCH;
        }
    }

    /** {@code d} in whole milliseconds (frameworks reject finer spent limits), at least 1 ms. */
    private static Duration positive(Duration d) {
        return Duration.ofMillis(Math.max(1L, d.toMillis()));
    }
}
