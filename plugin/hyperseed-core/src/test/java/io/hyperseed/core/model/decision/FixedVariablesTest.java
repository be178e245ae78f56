package io.hyperseed.core.model.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

class FixedVariablesTest {

    @Test
    void reducedProblemAgreesWithTheFullProblemOnEveryFreeAssignment() {
        Random random = new Random(11);
        for (int round = 0; round < 20; round++) {
            PuboProblem full = RandomProblems.constrained(random, 10, 25, Sense.MAXIMIZE);
            Boolean[] fixed = new Boolean[10];
            for (int i = 0; i < fixed.length; i++) {
                fixed[i] = random.nextInt(3) == 0 ? random.nextBoolean() : null;
            }
            FixedVariables reduction = new FixedVariables(full, fixed);
            PuboProblem reduced = reduction.reduced();
            for (int sample = 0; sample < 30; sample++) {
                boolean[] free = new boolean[reduction.numFree()];
                for (int k = 0; k < free.length; k++) {
                    free[k] = random.nextBoolean();
                }
                boolean[] values = reduction.expand(free);
                assertThat(reduced.objectiveValue(free)).isCloseTo(full.objectiveValue(values), within(1e-9));
                double droppedViolation = full.totalViolation(values) - reduced.totalViolation(free);
                if (reduction.droppedConstraints() == 0) {
                    assertThat(droppedViolation).isCloseTo(0.0, within(1e-9));
                } else {
                    assertThat(droppedViolation).isGreaterThanOrEqualTo(-1e-9);
                }
                assertThat(reduction.restrict(values)).isEqualTo(free);
            }
        }
    }

    @Test
    void choiceGroupWithAFixedOneForbidsEveryFreeMember() {
        PuboProblem full = PuboProblem.builder(4, Sense.MINIMIZE)
                .addConstraint(new ChoiceConstraint("one", ChoiceConstraint.Kind.EXACTLY_ONE, new int[] {0, 1, 2, 3}))
                .build();
        FixedVariables reduction = new FixedVariables(full, new Boolean[] {null, true, null, false});

        PuboProblem reduced = reduction.reduced();

        assertThat(reduced.numVariables()).isEqualTo(2);
        assertThat(reduced.constraints()).singleElement().isInstanceOfSatisfying(PolynomialConstraint.class, c -> {
            assertThat(c.relation()).isEqualTo(Relation.EQUAL);
            assertThat(c.lhs().constant()).isEqualTo(1.0);
        });
        assertThat(reduced.isFeasible(new boolean[] {false, false})).isTrue();
        assertThat(reduced.isFeasible(new boolean[] {true, false})).isFalse();
    }

    @Test
    void choiceGroupWithoutFixedMembersStaysAGroupOverTheRenumberedVariables() {
        PuboProblem full = PuboProblem.builder(4, Sense.MINIMIZE)
                .addConstraint(new ChoiceConstraint("atMostOne", ChoiceConstraint.Kind.AT_MOST_ONE, new int[] {2, 3}))
                .build();
        FixedVariables reduction = new FixedVariables(full, new Boolean[] {true, false, null, null});

        assertThat(reduction.reduced().constraints())
                .singleElement()
                .isEqualTo(new ChoiceConstraint("atMostOne", ChoiceConstraint.Kind.AT_MOST_ONE, new int[] {0, 1}));
        assertThat(reduction.fullIndex(0)).isEqualTo(2);
    }

    @Test
    void constraintWithoutFreeVariablesIsDroppedAndCounted() {
        Polynomial lhs = Polynomial.builder(3).addTerm(2.0, Literal.positive(0)).build();
        PuboProblem full = PuboProblem.builder(3, Sense.MINIMIZE)
                .addConstraint(lhs, Relation.LESS_OR_EQUAL, 1.0)
                .build();

        FixedVariables reduction = new FixedVariables(full, new Boolean[] {true, null, null});

        assertThat(reduction.reduced().constraints()).isEmpty();
        assertThat(reduction.droppedConstraints()).isEqualTo(1);
    }

    @Test
    void termWithAFalseFixedLiteralVanishesAndATrueOneIsRemoved() {
        Polynomial objective = Polynomial.builder(3)
                .addTerm(5.0, Literal.positive(0), Literal.positive(1))
                .addTerm(7.0, Literal.negative(0), Literal.positive(2))
                .build();
        PuboProblem full = PuboProblem.of("p", Sense.MAXIMIZE, objective);

        PuboProblem reduced = new FixedVariables(full, new Boolean[] {true, null, null}).reduced();

        assertThat(reduced.objective().numTerms()).isEqualTo(1);
        assertThat(reduced.objective().termLiterals(0)).containsExactly(Literal.positive(0));
        assertThat(reduced.objective().coefficient(0)).isEqualTo(5.0);
    }
}
