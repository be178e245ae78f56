package io.hyperseed.timefold;

import io.hyperseed.core.solve.HybridSolver;
import io.hyperseed.core.testing.HybridSolverContract;

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
}
