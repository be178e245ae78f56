package io.hyperseed.timefold;

import ai.timefold.solver.core.config.solver.SolverConfig;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.solve.HybridSolver;
import io.hyperseed.core.solve.SolveOptions;
import io.hyperseed.core.testing.HybridSolverContract;
import java.util.List;

/** The adapter contract ({@link HybridSolverContract}) on Timefold. */
class TimefoldContractTest extends HybridSolverContract {

    @Override
    protected HybridSolver solver() {
        return new TimefoldHybridSolver();
    }

    @Override
    protected Class<?> adapterClass() {
        return TimefoldHybridSolver.class;
    }

    @Override
    protected List<String> scaledAnnealingTemperatures(String name, SolveOptions options, Instance instance) {
        SolverConfig config = BuiltInConfigs.load(name, true);
        TimefoldHybridSolver.scaleAnnealingTemperatures(config, options, instance, System.nanoTime());
        return TimefoldHybridSolver.annealingAcceptors(config).stream()
                .map(a -> a.getSimulatedAnnealingStartingTemperature())
                .toList();
    }
}
