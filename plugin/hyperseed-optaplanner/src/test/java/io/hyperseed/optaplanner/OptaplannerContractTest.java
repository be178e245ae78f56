package io.hyperseed.optaplanner;

import io.hyperseed.core.io.Instance;
import io.hyperseed.core.solve.HybridSolver;
import io.hyperseed.core.solve.SolveOptions;
import io.hyperseed.core.testing.HybridSolverContract;
import io.hyperseed.optaplanner.domain.MaxCutSolution;
import java.util.List;
import org.optaplanner.core.config.solver.SolverConfig;

/** The adapter contract ({@link HybridSolverContract}) on OptaPlanner. */
class OptaplannerContractTest extends HybridSolverContract {

    @Override
    protected HybridSolver solver() {
        return new OptaplannerHybridSolver();
    }

    @Override
    protected Class<?> adapterClass() {
        return OptaplannerHybridSolver.class;
    }

    @Override
    protected List<String> scaledAnnealingTemperatures(String name, SolveOptions options, Instance instance) {
        SolverConfig config = SolverConfigs.load(name, MaxCutSolution.class);
        OptaplannerHybridSolver.scaleAnnealingTemperatures(config, options, instance, System.nanoTime());
        return OptaplannerHybridSolver.annealingAcceptors(config).stream()
                .map(a -> a.getSimulatedAnnealingStartingTemperature())
                .toList();
    }
}
