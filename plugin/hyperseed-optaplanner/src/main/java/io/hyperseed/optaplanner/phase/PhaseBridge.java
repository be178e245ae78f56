package io.hyperseed.optaplanner.phase;

import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.seed.SeedProgress;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.impl.phase.AbstractPhase;
import org.optaplanner.core.impl.phase.Phase;
import org.optaplanner.core.impl.phase.custom.scope.CustomPhaseScope;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListener;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.phase.scope.AbstractStepScope;
import org.optaplanner.core.impl.solver.DefaultSolver;
import org.optaplanner.core.impl.solver.scope.SolverScope;

/**
 * Lets {@link NeuralPhaseCommand} honour the solver's termination. OptaPlanner 10 checks a custom phase's
 * termination only between commands and hands a command nothing but the {@code ScoreDirector}; this listener,
 * attached to a solver, publishes a {@link NeuralPhaseContext} for the solving thread while a custom phase runs,
 * whose stop signal is that phase's termination (its own limits, the solver's limits and
 * {@code terminateEarly()}). Without it the phase stops on its {@code timeLimit} property or an interrupt only.
 *
 * <p>Uses OptaPlanner's impl API ({@code DefaultSolver}, {@code AbstractPhase}), stable across 8.x-10.x.
 *
 * @param <Solution_> the planning solution type
 */
public final class PhaseBridge<Solution_> implements PhaseLifecycleListener<Solution_> {

    private static final ThreadLocal<NeuralPhaseContext> CURRENT = new ThreadLocal<>();

    private final DefaultSolver<Solution_> solver;
    private final Consumer<SeedProgress> progress;
    private final Consumer<Seed> seeds;
    private int phaseIndex = -1;

    private PhaseBridge(DefaultSolver<Solution_> solver, Consumer<SeedProgress> progress, Consumer<Seed> seeds) {
        this.solver = solver;
        this.progress = Objects.requireNonNull(progress, "progress");
        this.seeds = Objects.requireNonNull(seeds, "seeds");
    }

    /**
     * Attaches a bridge to {@code solver} (built by a {@code SolverFactory}).
     *
     * @param progress receives the neural phase's training progress
     * @param seeds receives each seed the phase applies
     */
    public static <S> PhaseBridge<S> attach(Solver<S> solver, Consumer<SeedProgress> progress, Consumer<Seed> seeds) {
        if (!(solver instanceof DefaultSolver<S> defaultSolver)) {
            throw new IllegalArgumentException(
                    "The solver (" + solver.getClass().getName()
                            + ") is not OptaPlanner's DefaultSolver. Maybe build it with SolverFactory.buildSolver()?");
        }
        PhaseBridge<S> bridge = new PhaseBridge<>(defaultSolver, progress, seeds);
        defaultSolver.addPhaseLifecycleListener(bridge);
        return bridge;
    }

    /** Attaches a bridge that forwards nothing (termination and random seed only). */
    public static <S> PhaseBridge<S> attach(Solver<S> solver) {
        return attach(solver, p -> {}, s -> {});
    }

    /** The context published for the current thread, if a bridged custom phase is running. */
    public static Optional<NeuralPhaseContext> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The index of the phase running now (or last run), -1 before the first. */
    public int phaseIndex() {
        return phaseIndex;
    }

    @Override
    public void solvingStarted(SolverScope<Solution_> solverScope) {
        phaseIndex = -1;
    }

    @Override
    public void phaseStarted(AbstractPhaseScope<Solution_> phaseScope) {
        phaseIndex++;
        if (phaseScope instanceof CustomPhaseScope<Solution_> customScope) {
            Phase<Solution_> phase = solver.getPhaseList().get(phaseIndex);
            var termination = ((AbstractPhase<Solution_>) phase).getPhaseTermination();
            CURRENT.set(new NeuralPhaseContext(
                    () -> termination.isPhaseTerminated(customScope),
                    () -> customScope.getWorkingRandom().nextLong(),
                    progress,
                    seeds));
        }
    }

    @Override
    public void phaseEnded(AbstractPhaseScope<Solution_> phaseScope) {
        CURRENT.remove();
    }

    @Override
    public void solvingEnded(SolverScope<Solution_> solverScope) {
        CURRENT.remove();
    }

    @Override
    public void solvingError(SolverScope<Solution_> solverScope, Exception exception) {
        CURRENT.remove();
    }

    @Override
    public void stepStarted(AbstractStepScope<Solution_> stepScope) {
        // Nothing per step.
    }

    @Override
    public void stepEnded(AbstractStepScope<Solution_> stepScope) {
        // Nothing per step.
    }
}
