package io.hyperseed.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void objectivesDropTrailingZerosAndShowNaNAsADash() {
        assertThat(Numbers.objective(3064)).isEqualTo("3064");
        assertThat(Numbers.objective(-1.8451)).isEqualTo("-1.8451");
        assertThat(Numbers.objective(2.5)).isEqualTo("2.5");
        assertThat(Numbers.objective(Double.NaN)).isEqualTo("-");
    }

    @Test
    void gapIsPositiveWhenWorseInEitherDirection() {
        assertThat(Numbers.gapPercent(2992, 3064, true)).isCloseTo(2.3499, Offset.offset(1e-3));
        assertThat(Numbers.gapPercent(-1.0, -2.0, false)).isEqualTo(50.0);
        assertThat(Numbers.gapPercent(3100, 3064, true)).isNegative();
        assertThat(Numbers.gapPercent(5, 0, true)).isNaN();
    }

    @Test
    void secondsHaveOneDecimal() {
        assertThat(Numbers.seconds(Duration.ofMillis(12_345))).isEqualTo("12.3s");
    }
}
