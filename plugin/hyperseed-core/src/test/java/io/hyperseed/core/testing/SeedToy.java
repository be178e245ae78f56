package io.hyperseed.core.testing;

import io.hyperseed.core.generate.ExampleData;
import io.hyperseed.core.model.PuboProblem;

/**
 * The BIPNN seed notebook's toy program (arXiv 2505.20997, example/desc.ipynb), with its relaxed coefficients:
 * minimise {@code -x1 - 0.8451 x1 x2 + x3 x4 + 2 x4} s.t. {@code 2 x1 + 1.7183 x2 + 3 x1 x3 <= 4}. The optimum is
 * {@code x = [1, 1, 0, 0]} with objective {@code -1.8451}. The program itself has one source,
 * {@link ExampleData#seedToy()} (which also writes {@code data/examples/seed-toy.pubo}); this fixture adds the
 * optimum for tests.
 */
public final class SeedToy {

    /** The optimal objective. */
    public static final double OPTIMUM = -1.8451;

    private SeedToy() {}

    /** The problem, variables named x1..x4. */
    public static PuboProblem problem() {
        return ExampleData.seedToy();
    }
}
