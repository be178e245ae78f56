package io.hyperseed.graphap.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WilcoxonSignedRankTest {

    private final WilcoxonSignedRank test = new WilcoxonSignedRank();

    /** Ten pairs, all better: only the all-plus and all-minus patterns are as extreme, p = 2 / 2^10. */
    @Test
    void tenWinsGiveTwoOverTwoToTheTen() {
        double[] a = {0.8, 0.81, 0.82, 0.83, 0.84, 0.85, 0.86, 0.87, 0.88, 0.89};
        double[] b = {0.7, 0.70, 0.70, 0.70, 0.70, 0.70, 0.70, 0.70, 0.70, 0.70};
        WilcoxonSignedRank.Result result = test.test(a, b);
        assertThat(result.pValue()).isCloseTo(2.0 / 1024, within(1e-12));
        assertThat(result.positiveRankSum()).isEqualTo(55);
        assertThat(result.nonZero()).isEqualTo(10);
    }

    /**
     * Differences 1, 2, 3, -4: W+ = 6 of 10. Sign patterns with a positive rank sum other than 5 are at least as far
     * from the mean 5; only {1,4} and {2,3} sum to 5, so p = 14/16 (scipy's exact two-sided value).
     */
    @Test
    void smallSampleMatchesTheExactDistribution() {
        WilcoxonSignedRank.Result result = test.test(new double[] {1, 2, 3, -4}, new double[4]);
        assertThat(result.positiveRankSum()).isEqualTo(6);
        assertThat(result.pValue()).isCloseTo(14.0 / 16, within(1e-12));
        assertThat(result.meanDifference()).isCloseTo(0.5, within(1e-12));
    }

    /** Ties share their mean rank and zero differences are dropped. */
    @Test
    void tiesShareRanksAndZerosAreDropped() {
        WilcoxonSignedRank.Result result = test.test(new double[] {1, 1, 0, 5}, new double[] {0, 0, 1, 5});
        assertThat(result.nonZero()).isEqualTo(3);
        assertThat(result.positiveRankSum()).isEqualTo(4);
        assertThat(result.pValue()).isEqualTo(1.0);
    }

    @Test
    void identicalSamplesHavePValueOne() {
        assertThat(test.test(new double[] {0.5, 0.6}, new double[] {0.5, 0.6}).pValue())
                .isEqualTo(1.0);
    }

    @Test
    void samplesOfDifferentLengthAreRejected() {
        assertThatThrownBy(() -> test.test(new double[3], new double[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(3 and 2)")
                .hasMessageContaining("Maybe");
    }
}
