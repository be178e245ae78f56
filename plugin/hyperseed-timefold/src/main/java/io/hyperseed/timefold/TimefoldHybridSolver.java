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
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.model.Literal;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.seed.SeedProgress;
import io.hyperseed.core.seed.SeedingContext;
import io.hyperseed.core.solve.HybridSolver;
import io.hyperseed.core.solve.ProgressPoint;
import io.hyperseed.core.solve.SolveListener;
import io.hyperseed.core.solve.SolveOptions;
import io.hyperseed.core.solve.SolveResult;
import io.hyperseed.neural.HgnnSeeder;
import io.hyperseed.neural.NeuralConfig;
import io.hyperseed.neural.NeuralPhaseProperties;
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
 * The Timefold side of the CLI: solves an {@link Instance} with a built-in configuration or a solver XML on one
 * time budget, and reports every new best solution with the phase that produced it.
 *
 * <ul>
 *   <li>The solution type is {@link MaxCutSolution} for max-cut instances and {@link ProgramSolution} otherwise
 *       (for an XML path: the XML's {@code solutionClass}).</li>
 *   <li>The solver's termination is replaced by the budget ({@code spentLimit}); the neural phase gets its
 *       {@code timeLimit} property, capped at {@link #NEURAL_SHARE} of the budget when a search follows it (at the
 *       whole budget when it is the last phase), or at the budget when {@code timeLimit} is given explicitly in
 *       {@link SolveOptions#neuralProperties()}.</li>
 *   <li>{@code randomSeed} goes to the solver and, unless a {@code seed} property is set, to the neural phase;
 *       {@code device} (unless {@code auto}) and the neural properties go to the neural phase.</li>
 *   <li>The final solution is re-evaluated with the core evaluator; the move evaluation speed is Timefold's
 *       statistic over the whole solve.</li>
 * </ul>
 * The neural part is warmed up before the clock starts (native library and device context, once per JVM). An interrupt of the
 * calling thread ends the solve early (Timefold checks it), returning the best so far.
 * Registered for {@link java.util.ServiceLoader} as framework {@value #FRAMEWORK}.
 */
public final class TimefoldHybridSolver implements HybridSolver {

    /** The framework name. */
    public static final String FRAMEWORK = "timefold";
    /** The largest share of the budget a neural phase followed by other phases gets by default. */
    public static final double NEURAL_SHARE = NeuralPhaseProperties.DEFAULT_BUDGET_SHARE;

    @Override
    public String framework() {
        return FRAMEWORK;
    }

    @Override
    public SolveResult solve(Instance instance, SolveOptions options, SolveListener listener) {
        SolverConfig config = BuiltInConfigs.load(options.config(), instance.isMaxCut());
        BinarySolution problem = createSolution(config, instance);
        config.withRandomSeed(options.randomSeed())
                .withTerminationConfig(new TerminationConfig().withSpentLimit(options.timeLimit()));
        AtomicReference<Seed> seed = new AtomicReference<>();
        SeedingListener seeding = new SeedingListener() {
            @Override
            public void onProgress(SeedProgress progress) {
                listener.onSeedProgress(progress);
            }

            @Override
            public void onSeed(Seed result) {
                seed.set(result);
            }
        };
        List<String> phaseNames = prepareSeedingPhases(config, options, seeding);
        warmUpNeuralPhases(config);

        Solver<BinarySolution> solver = SolverFactory.<BinarySolution>create(config).buildSolver();
        List<ProgressPoint> bestOverTime = Collections.synchronizedList(new ArrayList<>());
        solver.addEventListener(event -> {
            ProgressPoint point = progressPoint(event, phaseNames);
            bestOverTime.add(point);
            listener.onNewBest(point);
        });
        long start = System.nanoTime();
        BinarySolution best = solver.solve(problem);
        Duration total = Duration.ofNanos(System.nanoTime() - start);
        Solution solution = best.toSolution();
        long speed = solver instanceof DefaultSolver<?> d ? d.getMoveEvaluationSpeed() : 0L;
        Seed produced = seed.get();
        return new SolveResult(FRAMEWORK, options.config(), solution, produced,
                produced == null ? Duration.ZERO : produced.elapsed(), total, bestOverTime, speed);
    }

    /**
     * Runs each neural phase's seeder once, for one epoch, on a two-variable problem before the clock starts. That
     * loads the native PyTorch library and creates the device context: a one-time cost per JVM (2-3 s on a CPU), like
     * class loading, that would otherwise eat the first neural phase's time limit. A failure is ignored here: the
     * phase then falls back to the plain construction with its own warning.
     */
    static void warmUpNeuralPhases(SolverConfig config) {
        PuboProblem tiny = PuboProblem.of("warm-up", Sense.MAXIMIZE, Polynomial.builder(2)
                .addTerm(1.0, Literal.positive(0), Literal.negative(1)).build());
        for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
            if (phase instanceof CustomPhaseConfig custom && custom.getCustomPhaseCommandList() != null) {
                for (Object command : custom.getCustomPhaseCommandList()) {
                    if (command instanceof NeuralPhaseProperties neural) {
                        NeuralConfig once = neural.toConfig().toBuilder().optEpochs(1)
                                .optTimeLimit(Duration.ofSeconds(60)).build();
                        try {
                            new HgnnSeeder(once).seed(tiny, SeedingContext.of(0L));
                        } catch (Exception | LinkageError e) {
                            // The neural phase reports it when it falls back.
                        }
                    }
                }
            }
        }
    }

    /** The planning solution for the config's solution class. */
    static BinarySolution createSolution(SolverConfig config, Instance instance) {
        Class<?> type = config.getSolutionClass();
        if (type == MaxCutSolution.class) {
            return MaxCutSolution.fromInstance(instance);
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
    static List<String> prepareSeedingPhases(SolverConfig config, SolveOptions options, SeedingListener listener) {
        List<String> names = new ArrayList<>();
        var phases = config.getPhaseConfigList();
        if (phases == null) {
            return names;
        }
        for (int p = 0; p < phases.size(); p++) {
            PhaseConfig<?> phase = phases.get(p);
            boolean last = p == phases.size() - 1;
            names.add(phaseName(phase));
            if (phase instanceof CustomPhaseConfig custom && custom.getCustomPhaseCommandClassList() != null
                    && custom.getCustomPhaseCommandClassList().stream().allMatch(TimefoldHybridSolver::isOurs)) {
                List<PhaseCommand<?>> commands = new ArrayList<>();
                Map<String, String> properties = custom.getCustomProperties() == null ? Map.of()
                        : custom.getCustomProperties();
                for (Class<?> type : custom.getCustomPhaseCommandClassList()) {
                    if (type == NeuralConstructionPhase.class) {
                        commands.add(neuralPhase(properties, options, listener, last ? 1.0 : NEURAL_SHARE));
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

    private static NeuralConstructionPhase<BinarySolution> neuralPhase(Map<String, String> xmlProperties,
            SolveOptions options, SeedingListener listener, double share) {
        NeuralConstructionPhase<BinarySolution> phase = new NeuralConstructionPhase<>();
        phase.applyProperties(NeuralPhaseProperties.solveProperties(xmlProperties, options));
        Duration cap = NeuralPhaseProperties.timeLimitCap(options, share);
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
                    || (custom.getCustomPhaseCommandList() != null && custom.getCustomPhaseCommandList().stream()
                            .anyMatch(NeuralPhaseProperties.class::isInstance));
            return neural ? "neural" : "construction";
        }
        if (phase instanceof ConstructionHeuristicPhaseConfig) {
            return "construction";
        }
        if (phase instanceof LocalSearchPhaseConfig local) {
            LocalSearchAcceptorConfig acceptor = local.getAcceptorConfig();
            if (acceptor == null) {
                return "local-search";
            }
            if (acceptor.getEntityTabuSize() != null || acceptor.getEntityTabuRatio() != null
                    || acceptor.getValueTabuSize() != null || acceptor.getMoveTabuSize() != null
                    || acceptor.getFadingEntityTabuSize() != null) {
                return "tabu";
            }
            if (acceptor.getLateAcceptanceSize() != null) {
                return "late-acceptance";
            }
            if (acceptor.getSimulatedAnnealingStartingTemperature() != null) {
                return "simulated-annealing";
            }
            return "local-search";
        }
        return phase.getClass().getSimpleName();
    }

    private static ProgressPoint progressPoint(BestSolutionChangedEvent<BinarySolution> event,
            List<String> phaseNames) {
        BinarySolution best = event.getNewBestSolution();
        HardSoftScore score = (HardSoftScore) event.getNewBestScore();
        var index = event.getProducerId().phaseIndex();
        String phase = index.isPresent() && index.getAsInt() < phaseNames.size() ? phaseNames.get(index.getAsInt())
                : event.getProducerId().simpleProducerName();
        return new ProgressPoint(Duration.ofMillis(event.getTimeMillisSpent()), best.objectiveOf(score),
                best.violationOf(score), phase);
    }
}
