package io.hyperseed.neural.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.hyperseed.core.model.ChoiceConstraint;
import io.hyperseed.core.model.Literal;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PolynomialConstraint;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Relation;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.testing.RandomProblems;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConstraintPenaltyTest {

    @Test
    void penaltyIsZeroExactlyAtFeasibleZeroOnePoints() {
        PuboProblem problem = RandomProblems.constrained(new Random(5), 7, 10, Sense.MINIMIZE);
        try (NDManager manager = NDManager.newBaseManager()) {
            ConstraintPenalty penalty = new ConstraintPenalty(problem, manager);
            for (int mask = 0; mask < 1 << 7; mask++) {
                boolean[] x = new boolean[7];
                float[] xf = new float[7];
                for (int i = 0; i < 7; i++) {
                    x[i] = (mask & (1 << i)) != 0;
                    xf[i] = x[i] ? 1f : 0f;
                }
                NDArray input = manager.create(xf);
                float value = penalty.violation(input, MultilinearExtension.literalValues(input))
                        .getFloat();
                if (problem.isFeasible(x)) {
                    assertThat(value).as("mask %d", mask).isZero();
                } else {
                    assertThat(value).as("mask %d", mask).isPositive();
                }
            }
        }
    }

    @Test
    void eachKindFollowsItsFormula() {
        Polynomial row = Polynomial.builder(4)
                .addTerm(2.0, Literal.positive(0))
                .addTerm(1.0, Literal.positive(1))
                .build();
        PuboProblem problem = PuboProblem.builder(4, Sense.MINIMIZE)
                .addConstraint(new PolynomialConstraint("le", row, Relation.LESS_OR_EQUAL, 1.0))
                .addConstraint(new PolynomialConstraint("eq", row, Relation.EQUAL, 1.0))
                .addConstraint(new PolynomialConstraint("ge", row, Relation.GREATER_OR_EQUAL, 3.0))
                .addConstraint(new ChoiceConstraint("one", ChoiceConstraint.Kind.EXACTLY_ONE, new int[] {1, 2}))
                .addConstraint(new ChoiceConstraint("most", ChoiceConstraint.Kind.AT_MOST_ONE, new int[] {1, 2, 3}))
                .build();
        float[] x = {0.5f, 0.5f, 0.25f, 0.75f};
        double g = 2 * 0.5 + 0.5;
        double expected = Math.max(0, g - 1)
                + (g - 1) * (g - 1)
                + Math.max(0, 3 - g)
                + Math.pow(0.5 + 0.25 - 1, 2)
                + (0.5 * 0.25 + 0.5 * 0.75 + 0.25 * 0.75);
        try (NDManager manager = NDManager.newBaseManager()) {
            ConstraintPenalty penalty = new ConstraintPenalty(problem, manager);
            NDArray input = manager.create(x);
            float value = penalty.violation(input, MultilinearExtension.literalValues(input))
                    .getFloat();
            assertThat((double) value).isCloseTo(expected, within(1e-5));
        }
    }
}
