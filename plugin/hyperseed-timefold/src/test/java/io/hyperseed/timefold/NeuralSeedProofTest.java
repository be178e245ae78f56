package io.hyperseed.timefold;

import io.hyperseed.core.solve.HybridSolver;
import io.hyperseed.neural.testing.NeuralSeedProofContract;

/** The neural proof ({@link NeuralSeedProofContract}) on this adapter. */
class NeuralSeedProofTest extends NeuralSeedProofContract {

    @Override
    protected HybridSolver solver() {
        return new TimefoldHybridSolver();
    }
}
