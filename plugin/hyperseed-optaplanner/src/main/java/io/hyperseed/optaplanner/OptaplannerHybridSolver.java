package io.hyperseed.optaplanner;

import io.hyperseed.core.io.Instance;
import io.hyperseed.core.search.AnnealingTemperature;
import io.hyperseed.core.solve.CutKernel;
import io.hyperseed.core.solve.HybridPolicy;
import io.hyperseed.core.solve.HybridSolver;
import io.hyperseed.core.solve.SolveListener;
import io.hyperseed.core.solve.SolveOptions;
import io.hyperseed.core.solve.SolveResult;
import io.hyperseed.neural.NeuralWarmUp;
import io.hyperseed.optaplanner.domain.BinarySolution;
import io.hyperseed.optaplanner.domain.MaxCutSolution;
import io.hyperseed.optaplanner.domain.ProgramSolution;
import io.hyperseed.optaplanner.phase.NeuralPhaseCommand;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * The OptaPlanner 10 side of {@link HybridSolver} (framework {@code optaplanner}): loads a built-in config
 * ({@link SolverConfigs}) for the instance's solution type (max-cut or program) or a solver XML file, solves max-cut
 * instances on their exact kernel ({@link CutKernel}, unless {@link SolveOptions#reduce()} is off), applies the run's
 * budget (ending early at a proven optimum, {@link HybridPolicy#provenOptimumSoftScore}, and at the budget's end
 * on the solve's own clock, {@link HybridPolicy#endAtDeadline}), random seed, device and
 * neural properties, solves, and returns the best solution of the original instance
 * re-evaluated by the core evaluator. Budget, neural share, warm-up, phase and config names follow
 * {@link HybridPolicy}, as in the Timefold adapter; the neural phase's termination is set to its cap as well, since
 * OptaPlanner checks a custom phase's termination only between commands. A thread interrupt terminates the solve
 * early with the best so far. Move evaluation speed: OptaPlanner's score calculation count (one per evaluated move)
 * per second of local search.
 */
public final class OptaplannerHybridSolver implements HybridSolver {

    /** The framework name. */
    public static final String FRAMEWORK = "optaplanner";

    /** The largest share of the budget the neural phase gets unless {@code timeLimit} is given explicitly. */
    public static final double NEURAL_SHARE = HybridPolicy.NEURAL_SHARE;

    @Override
    public String framework() {
        return FRAMEWORK;
    }

    @Override
    public SolveResult solve(Instance instance, SolveOptions options, SolveListener listener) {
        Objects.requireNonNull(listener, "listener");
        Class<? extends BinarySolution> preferred = instance.isMaxCut() ? MaxCutSolution.class : ProgramSolution.class;
        SolverConfig config = SolverConfigs.load(options.config(), preferred);
        warmUpNeuralPhases(config);
        long start = System.nanoTime();
        CutKernel kernel = HybridPolicy.kernel(
                instance, options.reduce() && config.getSolutionClass() == MaxCutSolution.class, options, start);
        BinarySolution problem = problemFor(kernel.solved(), config);
        scaleAnnealingTemperatures(config, options, kernel.solved(), start);
        configure(config, options, HybridPolicy.remaining(options, Duration.ofNanos(System.nanoTime() - start)));
        DefaultSolver<BinarySolution> solver = (DefaultSolver<BinarySolution>)
                SolverFactory.<BinarySolution>create(config).buildSolver();
        long optimum =
                HybridPolicy.provenOptimumSoftScore(kernel.solved(), config.getSolutionClass() == MaxCutSolution.class);
        solver.addEventListener(event -> {
            HardSoftLongScore score = (HardSoftLongScore) event.getNewBestScore();
            if (score.isFeasible() && score.softScore() >= optimum) {
                solver.terminateEarly();
            }
        });
        SolveMonitor monitor = SolveMonitor.attach(
                solver, PhaseNames.of(config), kernel.lift(listener), Duration.ofNanos(System.nanoTime() - start));
        BinarySolution best;
        try (var watch = HybridPolicy.endAtDeadline(options, start, solver::terminateEarly)) {
            best = solver.solve(problem);
        }
        return kernel.result(
                FRAMEWORK,
                options.config(),
                best.assignment(),
                monitor.seed(),
                monitor.seedTime(),
                start,
                monitor.points(),
                monitor.moveEvaluationSpeed());
    }

    /**
     * Warms up the neural engine of each neural phase before the clock starts ({@link NeuralWarmUp}, once per JVM
     * and device), as the Timefold adapter does.
     */
    static void warmUpNeuralPhases(SolverConfig config) {
        List<PhaseConfig> phases = config.getPhaseConfigList() == null ? List.of() : config.getPhaseConfigList();
        for (PhaseConfig phase : phases) {
            if (PhaseNames.isNeural(phase)) {
                NeuralPhaseCommand neural = new NeuralPhaseCommand();
                Map<String, String> properties = ((CustomPhaseConfig) phase).getCustomProperties();
                neural.applyProperties(properties == null ? Map.of() : properties);
                NeuralWarmUp.ensureWarm(neural.toConfig());
            }
        }
    }

    /**
     * Multiplies the soft part of every simulated annealing starting temperature of a shipped config by the
     * instance's loss unit ({@link HybridPolicy#annealingUnit}); measured only when the config has such a phase.
     */
    static void scaleAnnealingTemperatures(
            SolverConfig config, SolveOptions options, Instance solved, long startNanos) {
        List<LocalSearchAcceptorConfig> annealing = annealingAcceptors(config);
        if (!annealing.isEmpty()) {
            HybridPolicy.annealingUnit(options, solved, startNanos)
                    .ifPresent(unit -> annealing.forEach(a -> a.setSimulatedAnnealingStartingTemperature(
                            AnnealingTemperature.scaled(a.getSimulatedAnnealingStartingTemperature(), unit))));
        }
    }

    /** The acceptor configs of {@code config}'s local search phases that set a simulated annealing temperature. */
    static List<LocalSearchAcceptorConfig> annealingAcceptors(SolverConfig config) {
        List<LocalSearchAcceptorConfig> annealing = new ArrayList<>();
        for (PhaseConfig phase :
                config.getPhaseConfigList() == null ? List.<PhaseConfig>of() : config.getPhaseConfigList()) {
            if (phase instanceof LocalSearchPhaseConfig local
                    && local.getAcceptorConfig() != null
                    && local.getAcceptorConfig().getSimulatedAnnealingStartingTemperature() != null) {
                annealing.add(local.getAcceptorConfig());
            }
        }
        return annealing;
    }

    /** The planning solution the config's solution class asks for. */
    private static BinarySolution problemFor(Instance instance, SolverConfig config) {
        Class<?> solutionClass = config.getSolutionClass();
        if (solutionClass == MaxCutSolution.class) {
            if (!instance.isMaxCut()) {
                throw new IllegalArgumentException("The config (" + solutionClass.getSimpleName() + ") is for "
                        + "max-cut but the instance (" + instance.name() + ") is not a max-cut instance. Maybe use "
                        + "a config with " + ProgramSolution.class.getName() + "?");
            }
            return MaxCutSolution.of(instance.hypergraph(), instance.name());
        }
        if (solutionClass == ProgramSolution.class) {
            return ProgramSolution.of(instance.problem());
        }
        throw new IllegalArgumentException("The config's solution class (" + solutionClass + ") is not one of "
                + "Hyperseed's. Maybe " + MaxCutSolution.class.getName() + " or "
                + ProgramSolution.class.getName() + "?");
    }

    /**
     * Applies the budget left ({@code remaining}), seed, neural settings and plateau stop of {@code options} to
     * {@code config} (in place), following {@link HybridPolicy}.
     */
    static void configure(SolverConfig config, SolveOptions options, Duration remaining) {
        new NeuralPhaseCommand().applyProperties(options.neuralProperties());
        config.setRandomSeed(options.randomSeed());
        config.setTerminationConfig(withSpentLimit(config.getTerminationConfig(), remaining.toMillis()));
        List<PhaseConfig> phases = config.getPhaseConfigList() == null ? List.of() : config.getPhaseConfigList();
        for (int p = 0; p < phases.size(); p++) {
            PhaseConfig phase = phases.get(p);
            if (PhaseNames.isNeural(phase)) {
                CustomPhaseConfig neural = (CustomPhaseConfig) phase;
                Map<String, String> properties = HybridPolicy.neuralProperties(neural.getCustomProperties(), options);
                long cap = HybridPolicy.neuralCap(options, remaining, p == phases.size() - 1)
                        .toMillis();
                NeuralPhaseCommand effective = new NeuralPhaseCommand();
                effective.applyProperties(properties);
                if (effective.toConfig().timeLimit().toMillis() > cap) {
                    properties.put("timeLimit", cap + "ms");
                }
                neural.setCustomProperties(properties);
                neural.setTerminationConfig(withSpentLimit(neural.getTerminationConfig(), cap));
            } else if (phase instanceof LocalSearchPhaseConfig local && options.stopsWhenUnimproved()) {
                TerminationConfig termination =
                        local.getTerminationConfig() == null ? new TerminationConfig() : local.getTerminationConfig();
                termination.setUnimprovedMillisecondsSpentLimit(
                        options.unimprovedTimeLimit().toMillis());
                local.setTerminationConfig(termination);
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
