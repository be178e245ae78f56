package io.hyperseed.neural.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CostEstimateTest {

    @Test
    void priorThenFirstThenCautiousAverageOfTheRest() {
        CostEstimate cost = new CostEstimate(500);
        assertThat(cost.estimate()).isEqualTo(500);

        cost.record(1000);
        assertThat(cost.estimate()).isEqualTo(1000);

        cost.record(100);
        // the average starts with the second: 100 (the slow first one is left out)
        assertThat(cost.estimate()).isEqualTo(100);
        cost.record(200);
        // average 0.7 * 100 + 0.3 * 200 = 130; the last one (200) is larger, so it is the estimate
        assertThat(cost.estimate()).isEqualTo(200);
        cost.record(100);
        // 0.7 * 130 + 0.3 * 100 = 121 > 100
        assertThat(cost.estimate()).isEqualTo(121);
        assertThat(cost.count()).isEqualTo(4);
    }

    @Test
    void negativePriorIsRejected() {
        assertThatThrownBy(() -> new CostEstimate(-1)).hasMessageContaining("(-1 ns)");
    }
}
