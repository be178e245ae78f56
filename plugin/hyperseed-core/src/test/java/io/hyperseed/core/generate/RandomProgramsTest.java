package io.hyperseed.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperseed.core.model.ChoiceConstraint;
import io.hyperseed.core.model.Constraint;
import io.hyperseed.core.model.PolynomialConstraint;
import io.hyperseed.core.model.PuboProblem;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RandomProgramsTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void thePlantedPointIsFeasible(long seed) {
        RandomPrograms.Planted planted = RandomPrograms.generate(RandomPrograms.Spec.of(40), seed);
        PuboProblem problem = planted.problem();
        assertThat(problem.isFeasible(planted.planted())).isTrue();
        assertThat(problem.objective().maxDegree()).isLessThanOrEqualTo(3);
    }

    @Test
    void hasKnapsackRowsAndDisjointChoiceGroups() {
        PuboProblem problem = RandomPrograms.generate(new RandomPrograms.Spec(30, 60, 2, 3, 2, 4), 9)
                .problem();
        long rows = problem.constraints().stream()
                .filter(c -> c instanceof PolynomialConstraint)
                .count();
        long exactlyOne = problem.constraints().stream()
                .filter(c -> c instanceof ChoiceConstraint g && g.kind() == ChoiceConstraint.Kind.EXACTLY_ONE)
                .count();
        assertThat(rows).isEqualTo(2);
        assertThat(exactlyOne).isEqualTo(3);
        Set<Integer> grouped = new HashSet<>();
        for (Constraint c : problem.constraints()) {
            if (c instanceof ChoiceConstraint g) {
                for (int v : g.variables()) {
                    assertThat(grouped.add(v)).isTrue();
                }
            }
        }
        assertThat(grouped).hasSize(20);
    }

    @Test
    void isDeterministicForASeed() {
        PuboProblem a = RandomPrograms.generate(RandomPrograms.Spec.of(20), 5).problem();
        PuboProblem b = RandomPrograms.generate(RandomPrograms.Spec.of(20), 5).problem();
        assertThat(a.objective().coefficientArray()).isEqualTo(b.objective().coefficientArray());
        assertThat(a.constraints()).hasSameSizeAs(b.constraints());
    }

    @Test
    void rejectsMoreGroupMembersThanVariables() {
        assertThatThrownBy(() -> new RandomPrograms.Spec(10, 5, 1, 2, 2, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("need 12 variables");
    }
}
