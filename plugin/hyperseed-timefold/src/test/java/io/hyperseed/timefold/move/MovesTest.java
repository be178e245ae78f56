package io.hyperseed.timefold.move;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperseed.timefold.domain.BinarySolution;
import io.hyperseed.timefold.domain.BinaryVariable;
import org.junit.jupiter.api.Test;

/** Identity and tabu support of the moves; their execution and undo are checked under FULL_ASSERT elsewhere. */
class MovesTest {

    private final BinaryVariable x0 = new BinaryVariable(0, true);
    private final BinaryVariable x1 = new BinaryVariable(1, false);

    @Test
    void flipsOfTheSameVariableAreEqualForMoveTabu() {
        assertThat(new FlipMove<BinarySolution>(x0))
                .isEqualTo(new FlipMove<BinarySolution>(x0))
                .hasSameHashCodeAs(new FlipMove<BinarySolution>(x0))
                .isNotEqualTo(new FlipMove<BinarySolution>(x1));
        assertThat(new FlipMove<BinarySolution>(x0).getPlanningEntities()).containsExactly(x0);
    }

    @Test
    void groupSwapNamesBothEntitiesForEntityTabu() {
        ChoiceSwapMove<BinarySolution> swap = new ChoiceSwapMove<>(x0, x1);
        assertThat(swap.getPlanningEntities()).containsExactly(x0, x1);
        assertThat(swap.getPlanningValues()).containsExactly(true, false);
    }

    @Test
    void groupSwapOfAVariableWithItselfIsRejected() {
        assertThatThrownBy(() -> new ChoiceSwapMove<BinarySolution>(x0, x0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(x0=1)");
    }
}
