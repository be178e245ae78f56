package io.hyperseed.optaplanner;

import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.solve.HybridSolver;
import io.hyperseed.core.solve.SolveListener;
import io.hyperseed.core.solve.SolveOptions;
import io.hyperseed.core.solve.SolveResult;
import io.hyperseed.neural.NeuralPhaseProperties;
import io.hyperseed.optaplanner.domain.BinaryProgramSolution;
import io.hyperseed.optaplanner.domain.BinarySolution;
import io.hyperseed.optaplanner.domain.MaxCutSolution;
import io.hyperseed.optaplanner.phase.NeuralPhaseCommand;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * The OptaPlanner 10 side of {@link HybridSolver} (framework {@code optaplanner}): loads a built-in config
 * ({@link SolverConfigs}) for the instance's solution type (max-cut or program) or a solver XML file, applies the
 * run's time budget (the whole solve from its first phase on,
 * neural phase included; loading the config comes on top, as in the Timefold adapter), random seed, device and neural properties, solves,
 * and returns the best solution re-evaluated by the core evaluator.
 *
 * <p>Budget: the solver terminates after {@code timeLimit}; the neural phase stops at {@link #NEURAL_SHARE} of it
 * (its {@code timeLimit} property, XML default 18 s, is lowered to that, and the phase termination is set to it); a
 * {@code timeLimit} given in the neural properties is capped at the whole budget instead. The neural phase's
 * {@code seed} is the run's random seed unless set; {@code device} is passed unless {@code auto}. (The same
 * policy as the Timefold adapter's.) A thread interrupt terminates the solve early with the best so far.
 * Move evaluation speed: OptaPlanner's score calculation count (one per evaluated move) per second of local search.
 */
public final class OptaplannerHybridSolver implements HybridSolver {

    /** The framework name. */
    public static final String FRAMEWORK = "optaplanner";

    /** The largest share of the budget the neural phase gets unless {@code timeLimit} is given explicitly. */
    public static final double NEURAL_SHARE = NeuralPhaseProperties.DEFAULT_BUDGET_SHARE;

    @Override
    public String framework() {
        return FRAMEWORK;
    }

    @Override
    public SolveResult solve(Instance instance, SolveOptions options, SolveListener listener) {
        Objects.requireNonNull(listener, "listener");
        long start = System.nanoTime();
        Class<? extends BinarySolution> preferred = instance.isMaxCut() ? MaxCutSolution.class
                : BinaryProgramSolution.class;
        SolverConfig config = SolverConfigs.load(options.config(), preferred);
        BinarySolution problem = problemFor(instance, config);
        configure(config, options);
        DefaultSolver<BinarySolution> solver =
                (DefaultSolver<BinarySolution>) SolverFactory.<BinarySolution>create(config).buildSolver();
        SolveMonitor monitor = SolveMonitor.attach(solver, PhaseNames.of(config), listener);
        BinarySolution best = solver.solve(problem);
        Solution solution = Solution.evaluate(instance.problem(), best.assignment());
        return new SolveResult(FRAMEWORK, options.config(), solution, monitor.seed(), monitor.seedTime(),
                Duration.ofNanos(System.nanoTime() - start), monitor.points(), monitor.moveEvaluationSpeed());
    }

    /** The planning solution the config's solution class asks for. */
    private static BinarySolution problemFor(Instance instance, SolverConfig config) {
        Class<?> solutionClass = config.getSolutionClass();
        if (solutionClass == MaxCutSolution.class) {
            if (!instance.isMaxCut()) {
                throw new IllegalArgumentException("The config (" + solutionClass.getSimpleName() + ") is for "
                        + "max-cut but the instance (" + instance.name() + ") is not a max-cut instance. Maybe use "
                        + "a config with " + BinaryProgramSolution.class.getName() + "?");
            }
            return MaxCutSolution.of(instance.hypergraph(), instance.name());
        }
        if (solutionClass == BinaryProgramSolution.class) {
            return BinaryProgramSolution.of(instance.problem());
        }
        throw new IllegalArgumentException("The config's solution class (" + solutionClass + ") is not one of "
                + "Hyperseed's. Maybe " + MaxCutSolution.class.getName() + " or "
                + BinaryProgramSolution.class.getName() + "?");
    }

    /** Applies the budget, seed and neural settings of {@code options} to {@code config} (in place). */
    static void configure(SolverConfig config, SolveOptions options) {
        new NeuralPhaseCommand().applyProperties(options.neuralProperties());
        long budgetMillis = Math.max(1L, options.timeLimit().toMillis());
        config.setRandomSeed(options.randomSeed());
        config.setTerminationConfig(withSpentLimit(config.getTerminationConfig(), budgetMillis));
        List<PhaseConfig> phases = config.getPhaseConfigList() == null ? List.of() : config.getPhaseConfigList();
        for (PhaseConfig phase : phases) {
            if (PhaseNames.isNeural(phase)) {
                CustomPhaseConfig neural = (CustomPhaseConfig) phase;
                Map<String, String> properties = NeuralPhaseProperties.solveProperties(neural.getCustomProperties(),
                        options);
                long cap = NeuralPhaseProperties.timeLimitCap(options, NEURAL_SHARE).toMillis();
                NeuralPhaseCommand effective = new NeuralPhaseCommand();
                effective.applyProperties(properties);
                if (effective.toConfig().timeLimit().toMillis() > cap) {
                    properties.put("timeLimit", cap + "ms");
                }
                neural.setCustomProperties(properties);
                neural.setTerminationConfig(withSpentLimit(neural.getTerminationConfig(), cap));
            }
        }
    }

    /** {@code termination} (or a new one) with every time limit replaced by {@code millis}. */
    private static TerminationConfig withSpentLimit(TerminationConfig termination, long millis) {
        TerminationConfig t = termination == null ? new TerminationConfig() : termination;
        t.setSpentLimit(null);
        t.setSecondsSpentLimit(null);
        t.setMinutesSpentLimit(null);
        t.setHoursSpentLimit(null);
        t.setDaysSpentLimit(null);
        t.setMillisecondsSpentLimit(millis);
        return t;
    }
}
