package io.hyperseed.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpreadTest {

    @Test
    void quartilesInterpolateBetweenOrderStatistics() {
        Spread s = Spread.of(4, 1, 3, 2);

        assertThat(s.count()).isEqualTo(4);
        assertThat(s.median()).isEqualTo(2.5);
        assertThat(s.q1()).isCloseTo(1.75, within(1e-12));
        assertThat(s.q3()).isCloseTo(3.25, within(1e-12));
        assertThat(s.min()).isEqualTo(1.0);
        assertThat(s.max()).isEqualTo(4.0);
    }

    @Test
    void nanIsLeftOutAndInfinitySortsLast() {
        assertThat(Spread.of(Double.NaN, 5, 7).median()).isEqualTo(6.0);
        assertThat(Spread.of(1, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY)
                        .median())
                .isInfinite();
        assertThat(Spread.of(1, 2, Double.POSITIVE_INFINITY).median()).isEqualTo(2.0);
        assertThat(Spread.of(1, Double.POSITIVE_INFINITY).median())
                .as("half not reached")
                .isInfinite();
    }

    @Test
    void emptyAndSingleValuesPrintPlainly() {
        assertThat(Spread.of().isEmpty()).isTrue();
        assertThat(Spread.of().medianAndRange(Numbers::objective)).isEqualTo("-");
        assertThat(Spread.of(1400).medianAndRange(Numbers::objective)).isEqualTo("1400");
        assertThat(Spread.of(1395, 1400, 1398).medianAndRange(Numbers::objective))
                .isEqualTo("1398 [1395\u20131400]");
    }
}
