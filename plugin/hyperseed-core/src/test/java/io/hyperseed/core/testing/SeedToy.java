package io.hyperseed.core.testing;

import static io.hyperseed.core.model.Literal.positive;

import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PolynomialConstraint;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Relation;
import io.hyperseed.core.model.Sense;

/**
 * The BIPNN seed notebook's toy program (arXiv 2505.20997, example/desc.ipynb), with its relaxed coefficients:
 * minimise {@code -x1 - 0.8451 x1 x2 + x3 x4 + 2 x4} s.t. {@code 2 x1 + 1.7183 x2 + 3 x1 x3 <= 4}. The optimum is
 * {@code x = [1, 1, 0, 0]} with objective {@code -1.8451}.
 */
public final class SeedToy {

    /** The optimal objective. */
    public static final double OPTIMUM = -1.8451;

    private SeedToy() {
    }

    /** The problem, variables named x1..x4. */
    public static PuboProblem problem() {
        Polynomial objective = Polynomial.builder(4)
                .addTerm(-1.0, positive(0))
                .addTerm(-0.8451, positive(0), positive(1))
                .addTerm(1.0, positive(2), positive(3))
                .addTerm(2.0, positive(3))
                .build();
        Polynomial lhs = Polynomial.builder(4)
                .addTerm(2.0, positive(0))
                .addTerm(1.7183, positive(1))
                .addTerm(3.0, positive(0), positive(2))
                .build();
        return PuboProblem.builder(4, Sense.MINIMIZE)
                .name("seed-toy")
                .variableNames(new String[] {"x1", "x2", "x3", "x4"})
                .objective(objective)
                .addConstraint(new PolynomialConstraint("c1", lhs, Relation.LESS_OR_EQUAL, 4.0))
                .build();
    }
}
