package io.hyperseed.optaplanner;

import io.hyperseed.core.baseline.BruteForce;
import io.hyperseed.core.eval.ScoreTracker;
import io.hyperseed.core.solve.SolveOptions;
import io.hyperseed.optaplanner.domain.BinarySolution;
import java.time.Duration;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

/** Test support: shipped configs under FULL_ASSERT with short limits, and brute-force optimum scores. */
public final class Solving {

    /** Neural settings that keep a real HGNN+ run short in tests (it falls back until the seeder lands). */
    public static final Map<String, String> QUICK_NEURAL = Map.of("timeLimit", "1s", "epochs", "100");

    private Solving() {}

    /** Built-in {@code name} for {@code solution}'s type, FULL_ASSERT, seed 7, stopping at {@code limit}. */
    public static SolverConfig fullAssert(
            String name, BinarySolution solution, HardSoftLongScore limit, long safetyMillis) {
        SolverConfig config = SolverConfigs.builtIn(name, solution.getClass());
        OptaplannerHybridSolver.configure(
                config,
                new SolveOptions(name, Duration.ofMillis(safetyMillis), 7L, "cpu", QUICK_NEURAL),
                Duration.ofMillis(safetyMillis));
        config.setEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        TerminationConfig termination = config.getTerminationConfig();
        if (limit != null) {
            termination.setBestScoreLimit(limit.toString());
        }
        return config;
    }

    /** A solver for {@code config}. */
    @SuppressWarnings("unchecked")
    public static DefaultSolver<BinarySolution> solver(SolverConfig config) {
        return (DefaultSolver<BinarySolution>)
                SolverFactory.<BinarySolution>create(config).buildSolver();
    }

    /** The score of the brute-force optimum of {@code solution}'s problem. */
    public static HardSoftLongScore optimumScore(BinarySolution solution) {
        ScoreTracker tracker = solution.createScoreTracker();
        tracker.reset(BruteForce.solve(solution.getProblem()).values());
        return HardSoftLongScore.of(tracker.hardScore(), tracker.softScore());
    }
}
