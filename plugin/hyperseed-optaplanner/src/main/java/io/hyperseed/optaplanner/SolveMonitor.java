package io.hyperseed.optaplanner;

import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.solve.ProgressPoint;
import io.hyperseed.core.solve.SolveListener;
import io.hyperseed.optaplanner.domain.BinarySolution;
import io.hyperseed.optaplanner.phase.PhaseBridge;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.solver.event.BestSolutionChangedEvent;
import org.optaplanner.core.api.solver.event.SolverEventListener;
import org.optaplanner.core.impl.localsearch.scope.LocalSearchPhaseScope;
import org.optaplanner.core.impl.phase.custom.scope.CustomPhaseScope;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListener;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.phase.scope.AbstractStepScope;
import org.optaplanner.core.impl.solver.DefaultSolver;
import org.optaplanner.core.impl.solver.scope.SolverScope;

/**
 * Watches one solve for {@link OptaplannerHybridSolver}: turns best-solution events of initialized solutions into
 * {@link ProgressPoint}s (re-evaluated by the core evaluator, {@code O(instance size)} each, named after the phase
 * running), keeps the last seed and the seeding phases' wall time, counts local-search score calculations (one per
 * evaluated move) and terminates the solver early when the solving thread is interrupted (checked every step).
 */
final class SolveMonitor implements SolverEventListener<BinarySolution>, PhaseLifecycleListener<BinarySolution> {

    private final DefaultSolver<BinarySolution> solver;
    private final PhaseBridge<BinarySolution> bridge;
    private final List<String> phaseNames;
    private final SolveListener listener;
    private final Duration setUp;
    private final List<ProgressPoint> points = new ArrayList<>();
    private Seed seed;
    private Seed seedAtPhaseStart;
    private long seedingNanos;
    private long localSearchNanos;
    private long localSearchCalculations;
    private long phaseStartNanos;
    private long phaseStartCalculations;

    private SolveMonitor(
            DefaultSolver<BinarySolution> solver, List<String> phaseNames, SolveListener listener, Duration setUp) {
        this.solver = solver;
        this.setUp = setUp;
        this.phaseNames = List.copyOf(phaseNames);
        this.listener = listener;
        this.bridge = PhaseBridge.attach(solver, listener::onSeedProgress, s -> seed = s);
    }

    /**
     * Attaches a monitor (and a {@link PhaseBridge}) to {@code solver}; progress times count from the solve's start,
     * {@code setUp} before the solver's own clock.
     */
    static SolveMonitor attach(
            DefaultSolver<BinarySolution> solver, List<String> phaseNames, SolveListener listener, Duration setUp) {
        SolveMonitor monitor = new SolveMonitor(solver, phaseNames, listener, setUp);
        solver.addEventListener(monitor);
        solver.addPhaseLifecycleListener(monitor);
        return monitor;
    }

    @Override
    public void bestSolutionChanged(BestSolutionChangedEvent<BinarySolution> event) {
        if (!event.getNewBestScore().isSolutionInitialized()) {
            return;
        }
        Solution solution = event.getNewBestSolution().toSolution();
        ProgressPoint point = new ProgressPoint(
                setUp.plusMillis(event.getTimeMillisSpent()),
                solution.objective(),
                solution.violation(),
                currentPhase());
        points.add(point);
        listener.onNewBest(point);
    }

    private String currentPhase() {
        int index = bridge.phaseIndex();
        return index >= 0 && index < phaseNames.size() ? phaseNames.get(index) : "phase-" + index;
    }

    @Override
    public void phaseStarted(AbstractPhaseScope<BinarySolution> phaseScope) {
        phaseStartNanos = System.nanoTime();
        phaseStartCalculations = phaseScope.getScoreDirector().getCalculationCount();
        seedAtPhaseStart = seed;
        terminateIfInterrupted();
    }

    @Override
    public void phaseEnded(AbstractPhaseScope<BinarySolution> phaseScope) {
        long nanos = System.nanoTime() - phaseStartNanos;
        if (phaseScope instanceof LocalSearchPhaseScope) {
            localSearchNanos += nanos;
            localSearchCalculations += phaseScope.getScoreDirector().getCalculationCount() - phaseStartCalculations;
        } else if (phaseScope instanceof CustomPhaseScope && seed != seedAtPhaseStart) {
            seedingNanos += nanos;
        }
    }

    @Override
    public void stepEnded(AbstractStepScope<BinarySolution> stepScope) {
        terminateIfInterrupted();
    }

    private void terminateIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            solver.terminateEarly();
        }
    }

    @Override
    public void stepStarted(AbstractStepScope<BinarySolution> stepScope) {
        // Nothing per step start.
    }

    @Override
    public void solvingStarted(SolverScope<BinarySolution> solverScope) {
        // The solve's start is timed by the caller.
    }

    @Override
    public void solvingEnded(SolverScope<BinarySolution> solverScope) {
        // Nothing to close.
    }

    /** Every progress point so far. */
    List<ProgressPoint> points() {
        return List.copyOf(points);
    }

    /** The seed the last seeding phase (neural or plain construction) applied, or null. */
    Seed seed() {
        return seed;
    }

    /** Wall time of the seeding phase(s): custom phases that applied a seed (neural or plain construction). */
    Duration seedTime() {
        return Duration.ofNanos(seedingNanos);
    }

    /**
     * Score calculations (one per evaluated move) per second in the local-search phases, or over the whole solve
     * when there was none.
     */
    long moveEvaluationSpeed() {
        if (localSearchNanos > 0) {
            return Math.round(localSearchCalculations * 1e9 / localSearchNanos);
        }
        return solver.getSolverScope().getScoreCalculationSpeed();
    }
}
