package io.hyperseed.cli;

import io.hyperseed.core.io.Instance;
import io.hyperseed.core.solve.HybridSolver;
import io.hyperseed.core.solve.SolveListener;
import io.hyperseed.core.solve.SolveOptions;
import io.hyperseed.core.solve.SolveResult;

/** A test solver (framework {@code broken}) that fails as a bug would: exit code 1 expected. */
public final class BrokenHybridSolver implements HybridSolver {

    @Override
    public String framework() {
        return "broken";
    }

    @Override
    public SolveResult solve(Instance instance, SolveOptions options, SolveListener listener) {
        throw new IllegalStateException("simulated solver bug");
    }
}
