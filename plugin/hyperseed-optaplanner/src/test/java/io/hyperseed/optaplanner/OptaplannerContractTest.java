package io.hyperseed.optaplanner;

import io.hyperseed.core.solve.HybridSolver;
import io.hyperseed.core.testing.HybridSolverContract;

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
}
