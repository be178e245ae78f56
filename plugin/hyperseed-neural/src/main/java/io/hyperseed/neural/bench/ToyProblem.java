package io.hyperseed.neural.bench;

import static io.hyperseed.core.model.Literal.positive;

import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PolynomialConstraint;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Relation;
import io.hyperseed.core.model.Sense;

/**
 * The BIPNN seed's toy program for the benchmark (the core test-jar's {@code SeedToy} is test-scoped):
 * minimise {@code -x1 - 0.8451 x1 x2 + x3 x4 + 2 x4} s.t. {@code 2 x1 + 1.7183 x2 + 3 x1 x3 <= 4}.
 */
final class ToyProblem {

    private ToyProblem() {
    }

    static PuboProblem problem() {
        Polynomial objective = Polynomial.builder(4).addTerm(-1.0, positive(0))
                .addTerm(-0.8451, positive(0), positive(1)).addTerm(1.0, positive(2), positive(3))
                .addTerm(2.0, positive(3)).build();
        Polynomial lhs = Polynomial.builder(4).addTerm(2.0, positive(0)).addTerm(1.7183, positive(1))
                .addTerm(3.0, positive(0), positive(2)).build();
        return PuboProblem.builder(4, Sense.MINIMIZE).name("seed-toy").objective(objective)
                .addConstraint(new PolynomialConstraint("c1", lhs, Relation.LESS_OR_EQUAL, 4.0)).build();
    }
}
