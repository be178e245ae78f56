package io.hyperseed.neural.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SchedulesTest {

    @Test
    void linearAnnealingRisesFromStartToEndAndClamps() {
        AnnealingSchedule a = AnnealingSchedule.linear(-1, 1);
        assertThat(a.weight(0)).isEqualTo(-1.0);
        assertThat(a.weight(0.5)).isCloseTo(0.0, within(1e-12));
        assertThat(a.weight(1)).isEqualTo(1.0);
        assertThat(a.weight(2)).isEqualTo(1.0);
    }

    @Test
    void geometricPenaltyGrowsFromStartToStartTimesGrowth() {
        PenaltySchedule p = PenaltySchedule.geometric(2, 100);
        assertThat(p.weight(0)).isEqualTo(2.0);
        assertThat(p.weight(0.5)).isCloseTo(20.0, within(1e-9));
        assertThat(p.weight(1)).isCloseTo(200.0, within(1e-9));
    }

    @Test
    void invalidSchedulesNameTheValue() {
        assertThatThrownBy(() -> PenaltySchedule.geometric(1, 0.5)).hasMessageContaining("(0.5)");
        assertThatThrownBy(() -> AnnealingSchedule.linear(Double.NaN, 1)).hasMessageContaining("(NaN");
    }

    @Test
    void earlyStoppingNeedsPatienceDecidedOutputsAndAStableRounding() {
        EarlyStopping stop = new EarlyStopping(100, 0.01);
        assertThat(stop.shouldStop(150, 100, 0.0, 0)).isFalse();
        assertThat(stop.shouldStop(200, 100, 0.5, 0)).isFalse();
        assertThat(stop.shouldStop(200, 100, 0.0, 3)).isFalse();
        assertThat(stop.shouldStop(200, 100, 0.0, 0)).isTrue();
    }
}
