package io.hyperseed.timefold;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.hyperseed.core.eval.ScoreTracker;
import io.hyperseed.timefold.domain.BinarySolution;
import java.util.HashMap;
import java.util.Map;

/** Shared helpers for solver tests: shipped configs with short limits, exact expected scores. */
public final class TestSolvers {

    private TestSolvers() {}

    /** A shipped config with the neural phase shortened (1 s, 30 epochs) and the given termination. */
    public static SolverConfig shipped(String name, boolean maxCut, TerminationConfig termination) {
        SolverConfig config =
                BuiltInConfigs.load(name, maxCut).withRandomSeed(7L).withTerminationConfig(termination);
        for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
            if (phase instanceof CustomPhaseConfig custom && custom.getCustomProperties() != null) {
                Map<String, String> properties = new HashMap<>(custom.getCustomProperties());
                properties.put("timeLimit", "1s");
                properties.put("epochs", "30");
                custom.setCustomProperties(properties);
            }
        }
        return config;
    }

    /** Solves {@code problem} with {@code config}. */
    @SuppressWarnings("unchecked")
    public static <S extends BinarySolution> S solve(SolverConfig config, S problem) {
        return (S) SolverFactory.<BinarySolution>create(config).buildSolver().solve(problem);
    }

    /** The exact score of {@code values} for {@code solution}'s problem, from the core tracker. */
    public static HardSoftScore scoreOf(BinarySolution solution, boolean[] values) {
        ScoreTracker tracker = solution.createScoreTracker();
        tracker.reset(values);
        return HardSoftScore.of(tracker.hardScore(), tracker.softScore());
    }
}
