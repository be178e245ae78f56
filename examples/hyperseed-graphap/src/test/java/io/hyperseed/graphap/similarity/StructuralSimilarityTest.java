package io.hyperseed.graphap.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hyperseed.graphap.TinyGraphs;
import io.hyperseed.graphap.data.LabeledGraph;
import org.junit.jupiter.api.Test;

class StructuralSimilarityTest {

    /**
     * Path a-b-c with g = 0.8: S(a,b) = 0.8 e^-1 + 0.2 (H(a,b) - H(b,a))^2 = 0.8 e^-1 + 0.2 (1 - 3)^2; S(a,c) = 0.8 e^-2
     * + 0.2 (4 - 4)^2 (hitting times from HittingTimesTest).
     */
    @Test
    void pathOfThreeCombinesDistanceAndHittingAsymmetry() {
        double[][] s = StructuralSimilarity.study().compute(TinyGraphs.path(3, 0, 0));
        assertThat(s[0][1]).isCloseTo(0.8 * Math.exp(-1) + 0.2 * 4, within(1e-9));
        assertThat(s[0][2]).isCloseTo(0.8 * Math.exp(-2), within(1e-9));
        assertThat(s[1][1]).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void isSymmetric() {
        double[][] s = StructuralSimilarity.study().compute(TinyGraphs.twoTriangles(0));
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s.length; j++) {
                assertThat(s[i][j]).isCloseTo(s[j][i], within(1e-9));
            }
        }
    }

    @Test
    void disconnectedPairsHaveZeroSimilarity() {
        LabeledGraph twoEdges = new LabeledGraph(4, new int[] {0, 2}, new int[] {1, 3}, new int[4], 0);
        double[][] s = StructuralSimilarity.study().compute(twoEdges);
        assertThat(s[0][2]).isZero();
        assertThat(s[1][3]).isZero();
        assertThat(s[0][1]).isCloseTo(0.8 * Math.exp(-1), within(1e-9));
    }

    @Test
    void weightOutsideTheUnitIntervalIsRejected() {
        assertThatThrownBy(() -> new StructuralSimilarity(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(1.5)").hasMessageContaining("Maybe");
    }
}
