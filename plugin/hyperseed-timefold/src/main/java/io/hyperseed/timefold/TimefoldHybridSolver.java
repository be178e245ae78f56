package io.hyperseed.timefold;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.event.BestSolutionChangedEvent;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.score.director.ScoreDirectorFactoryConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.search.AnnealingTemperature;
import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.seed.SeedProgress;
import io.hyperseed.core.solve.CutKernel;
import io.hyperseed.core.solve.HybridPolicy;
import io.hyperseed.core.solve.HybridPolicy.PhaseKind;
import io.hyperseed.core.solve.HybridSolver;
import io.hyperseed.core.solve.ProgressPoint;
import io.hyperseed.core.solve.SolveListener;
import io.hyperseed.core.solve.SolveOptions;
import io.hyperseed.core.solve.SolveResult;
import io.hyperseed.neural.NeuralPhaseProperties;
import io.hyperseed.neural.NeuralWarmUp;
import io.hyperseed.timefold.domain.BinarySolution;
import io.hyperseed.timefold.domain.MaxCutSolution;
import io.hyperseed.timefold.domain.ProgramSolution;
import io.hyperseed.timefold.phase.GreedyConstructionPhase;
import io.hyperseed.timefold.phase.NeuralConstructionPhase;
import io.hyperseed.timefold.phase.SeedingListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Timefold side of {@link HybridSolver}: solves an {@link Instance} with a built-in configuration or a solver XML
 * on one time budget, and reports every new best solution with the phase that produced it. The budget, the neural
 * share, the warm-up, the phase names and the config names follow {@link HybridPolicy}, as in the OptaPlanner
 * adapter.
 *
 * <ul>
 *   <li>The solution type is {@link MaxCutSolution} for max-cut instances and {@link ProgramSolution} otherwise
 *       (for an XML path: the XML's {@code solutionClass}). Max-cut instances are solved on their exact kernel
 *       ({@link CutKernel}) unless {@link SolveOptions#reduce()} is off; every reported value is of the original.</li>
 *   <li>The solver's termination is replaced by what is left of the budget after reduction and set-up; the neural
 *       phase's {@code timeLimit} is capped by {@link HybridPolicy#neuralCap}; a plateau stop
 *       ({@link SolveOptions#unimprovedTimeLimit()}) ends each local search phase; the solve ends early at a
 *       proven optimum ({@link HybridPolicy#provenOptimumSoftScore}); and the search ends where the budget ends on
 *       the solve's own clock ({@link HybridPolicy#endAtDeadline}), which Timefold's limit alone would miss by the
 *       time it takes to set the initial solution.</li>
 *   <li>{@code randomSeed} goes to the solver and, unless a {@code seed} property is set, to the neural phase;
 *       {@code device} (unless {@code auto}) and the neural properties go to the neural phase.</li>
 *   <li>The final solution is re-evaluated with the core evaluator; the move evaluation speed is Timefold's
 *       statistic over the whole solve.</li>
 * </ul>
 * An interrupt of the calling thread ends the solve early (Timefold checks it), returning the best so far.
 * Registered for {@link java.util.ServiceLoader} as framework {@value #FRAMEWORK}.
 */
public final class TimefoldHybridSolver implements HybridSolver {

    /** The framework name. */
    public static final String FRAMEWORK = "timefold";
    /** The largest share of the budget a neural phase followed by other phases gets by default. */
    public static final double NEURAL_SHARE = HybridPolicy.NEURAL_SHARE;

    @Override
    public String framework() {
        return FRAMEWORK;
    }

    @Override
    public SolveResult solve(Instance instance, SolveOptions options, SolveListener listener) {
        SolverConfig config = BuiltInConfigs.load(options.config(), instance.isMaxCut());
        warmUpNeuralPhases(config);
        long start = System.nanoTime();
        CutKernel kernel = HybridPolicy.kernel(
                instance, options.reduce() && config.getSolutionClass() == MaxCutSolution.class, options, start);
        SolveListener lifted = kernel.lift(listener);
        BinarySolution problem = createSolution(config, kernel.solved());
        scaleAnnealingTemperatures(config, options, kernel.solved(), start);
        Duration remaining = HybridPolicy.remaining(options, Duration.ofNanos(System.nanoTime() - start));
        config.withRandomSeed(options.randomSeed())
                .withTerminationConfig(new TerminationConfig().withSpentLimit(remaining));
        long optimum =
                HybridPolicy.provenOptimumSoftScore(kernel.solved(), config.getSolutionClass() == MaxCutSolution.class);
        AtomicReference<Seed> seed = new AtomicReference<>();
        SeedingListener seeding = new SeedingListener() {
            @Override
            public void onProgress(SeedProgress progress) {
                lifted.onSeedProgress(progress);
            }

            @Override
            public void onSeed(Seed result) {
                seed.set(result);
            }
        };
        List<String> phaseNames = prepareSeedingPhases(config, options, remaining, seeding);
        applyUnimprovedLimit(config, options);

        Solver<BinarySolution> solver =
                SolverFactory.<BinarySolution>create(config).buildSolver();
        List<ProgressPoint> bestOverTime = Collections.synchronizedList(new ArrayList<>());
        long solveStart = System.nanoTime();
        solver.addEventListener(event -> {
            ProgressPoint point = progressPoint(event, phaseNames, Duration.ofNanos(solveStart - start));
            bestOverTime.add(point);
            lifted.onNewBest(point);
            HardSoftScore score = (HardSoftScore) event.getNewBestScore();
            if (score.isFeasible() && score.softScore() >= optimum) {
                solver.terminateEarly();
            }
        });
        BinarySolution best;
        try (var watch = HybridPolicy.endAtDeadline(options, start, solver::terminateEarly)) {
            best = solver.solve(problem);
        }
        long speed = solver instanceof DefaultSolver<?> d ? d.getMoveEvaluationSpeed() : 0L;
        Seed produced = seed.get();
        return kernel.result(
                FRAMEWORK,
                options.config(),
                best.assignment(),
                produced,
                produced == null ? Duration.ZERO : produced.elapsed(),
                start,
                bestOverTime,
                speed);
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
        for (PhaseConfig<?> phase :
                config.getPhaseConfigList() == null ? List.<PhaseConfig<?>>of() : config.getPhaseConfigList()) {
            if (phase instanceof LocalSearchPhaseConfig local
                    && local.getAcceptorConfig() != null
                    && local.getAcceptorConfig().getSimulatedAnnealingStartingTemperature() != null) {
                annealing.add(local.getAcceptorConfig());
            }
        }
        return annealing;
    }

    /** Sets the plateau stop on every local search phase (not the solver: training must not trip it). */
    static void applyUnimprovedLimit(SolverConfig config, SolveOptions options) {
        if (!options.stopsWhenUnimproved() || config.getPhaseConfigList() == null) {
            return;
        }
        for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
            if (phase instanceof LocalSearchPhaseConfig local) {
                TerminationConfig termination =
                        local.getTerminationConfig() == null ? new TerminationConfig() : local.getTerminationConfig();
                local.setTerminationConfig(termination.withUnimprovedSpentLimit(options.unimprovedTimeLimit()));
            }
        }
    }

    /**
     * Warms up the neural engine of each neural phase before the clock starts ({@link NeuralWarmUp}, once per JVM
     * and device), as the OptaPlanner adapter does.
     */
    static void warmUpNeuralPhases(SolverConfig config) {
        if (config.getPhaseConfigList() == null) {
            return;
        }
        for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
            if (phase instanceof CustomPhaseConfig custom
                    && custom.getCustomPhaseCommandClassList() != null
                    && custom.getCustomPhaseCommandClassList().contains(NeuralConstructionPhase.class)) {
                NeuralConstructionPhase<BinarySolution> neural = new NeuralConstructionPhase<>();
                neural.applyProperties(custom.getCustomProperties() == null ? Map.of() : custom.getCustomProperties());
                NeuralWarmUp.ensureWarm(neural.toConfig());
            }
        }
    }

    /** The planning solution for the config's solution class. */
    static BinarySolution createSolution(SolverConfig config, Instance instance) {
        Class<?> type = config.getSolutionClass();
        if (type == MaxCutSolution.class) {
            ScoreDirectorFactoryConfig scoring = config.getScoreDirectorFactoryConfig();
            boolean streams = scoring == null || scoring.getConstraintProviderClass() != null;
            return streams ? MaxCutSolution.fromInstance(instance) : MaxCutSolution.withoutStreamFacts(instance);
        }
        if (type == ProgramSolution.class) {
            return ProgramSolution.fromInstance(instance);
        }
        throw new IllegalArgumentException("The solver config's solutionClass (" + type + ") is not a Hyperseed "
                + "solution. Maybe " + MaxCutSolution.class.getName() + " or " + ProgramSolution.class.getName()
                + "?");
    }

    /**
     * Replaces the seeding phases' command classes by configured instances (XML properties, then the options) and
     * returns a name per phase for progress points.
     */
    static List<String> prepareSeedingPhases(
            SolverConfig config, SolveOptions options, Duration remaining, SeedingListener listener) {
        List<String> names = new ArrayList<>();
        var phases = config.getPhaseConfigList();
        if (phases == null) {
            return names;
        }
        for (int p = 0; p < phases.size(); p++) {
            PhaseConfig<?> phase = phases.get(p);
            boolean last = p == phases.size() - 1;
            names.add(phaseName(phase));
            if (phase instanceof CustomPhaseConfig custom
                    && custom.getCustomPhaseCommandClassList() != null
                    && custom.getCustomPhaseCommandClassList().stream().allMatch(TimefoldHybridSolver::isOurs)) {
                List<PhaseCommand<?>> commands = new ArrayList<>();
                Map<String, String> properties =
                        custom.getCustomProperties() == null ? Map.of() : custom.getCustomProperties();
                for (Class<?> type : custom.getCustomPhaseCommandClassList()) {
                    if (type == NeuralConstructionPhase.class) {
                        commands.add(neuralPhase(
                                properties, options, HybridPolicy.neuralCap(options, remaining, last), listener));
                    } else {
                        GreedyConstructionPhase<BinarySolution> greedy = new GreedyConstructionPhase<>();
                        greedy.setListener(listener);
                        commands.add(greedy);
                    }
                }
                if (custom.getCustomPhaseCommandList() != null) {
                    custom.getCustomPhaseCommandList().forEach(commands::add);
                }
                custom.setCustomPhaseCommandClassList(null);
                custom.setCustomProperties(null);
                custom.setCustomPhaseCommandList(commands);
            }
        }
        return names;
    }

    private static boolean isOurs(Class<?> type) {
        return type == NeuralConstructionPhase.class || type == GreedyConstructionPhase.class;
    }

    private static NeuralConstructionPhase<BinarySolution> neuralPhase(
            Map<String, String> xmlProperties, SolveOptions options, Duration cap, SeedingListener listener) {
        NeuralConstructionPhase<BinarySolution> phase = new NeuralConstructionPhase<>();
        phase.applyProperties(HybridPolicy.neuralProperties(xmlProperties, options));
        if (phase.toConfig().timeLimit().compareTo(cap) > 0) {
            phase.setTimeLimit(cap.toMillis() + "ms");
        }
        phase.setListener(listener);
        return phase;
    }

    /** {@code neural}, {@code construction}, {@code tabu}, {@code late-acceptance}, ... for a phase config. */
    static String phaseName(PhaseConfig<?> phase) {
        if (phase instanceof CustomPhaseConfig custom) {
            List<?> types = custom.getCustomPhaseCommandClassList();
            boolean neural = (types != null && types.contains(NeuralConstructionPhase.class))
                    || (custom.getCustomPhaseCommandList() != null
                            && custom.getCustomPhaseCommandList().stream()
                                    .anyMatch(NeuralPhaseProperties.class::isInstance));
            return (neural ? PhaseKind.NEURAL : PhaseKind.CONSTRUCTION).label();
        }
        if (phase instanceof ConstructionHeuristicPhaseConfig) {
            return PhaseKind.CONSTRUCTION.label();
        }
        if (phase instanceof LocalSearchPhaseConfig local) {
            LocalSearchAcceptorConfig acceptor = local.getAcceptorConfig();
            if (acceptor == null) {
                return PhaseKind.LOCAL_SEARCH.label();
            }
            return PhaseKind.ofLocalSearch(
                            acceptor.getEntityTabuSize() != null
                                    || acceptor.getEntityTabuRatio() != null
                                    || acceptor.getValueTabuSize() != null
                                    || acceptor.getMoveTabuSize() != null
                                    || acceptor.getFadingEntityTabuSize() != null,
                            acceptor.getLateAcceptanceSize() != null,
                            acceptor.getSimulatedAnnealingStartingTemperature() != null)
                    .label();
        }
        return phase.getClass().getSimpleName();
    }

    private static ProgressPoint progressPoint(
            BestSolutionChangedEvent<BinarySolution> event, List<String> phaseNames, Duration setUp) {
        BinarySolution best = event.getNewBestSolution();
        HardSoftScore score = (HardSoftScore) event.getNewBestScore();
        var index = event.getProducerId().phaseIndex();
        String phase = index.isPresent() && index.getAsInt() < phaseNames.size()
                ? phaseNames.get(index.getAsInt())
                : event.getProducerId().simpleProducerName();
        return new ProgressPoint(
                setUp.plusMillis(event.getTimeMillisSpent()), best.objectiveOf(score), best.violationOf(score), phase);
    }
}
