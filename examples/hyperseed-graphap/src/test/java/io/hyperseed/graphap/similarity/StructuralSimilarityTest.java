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
        assertThatThrownBy(() -> new StructuralSimilarity(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(1.5)")
                .hasMessageContaining("Maybe");
    }

    /**
     * Path a-b-c-d with max scaling: the proximity of neighbours becomes e^-1 / e^-1 = 1 and the largest squared
     * hitting-time asymmetry becomes 1, so every off-diagonal similarity lies in [0, 1].
     */
    @Test
    void maxScalingPutsBothPartsInTheUnitInterval() {
        LabeledGraph path = TinyGraphs.path(4, 0, 0);
        double[][] raw = new StructuralSimilarity(0.8, SimilarityScaling.RAW).compute(path);
        double[][] scaled = new StructuralSimilarity(0.8, SimilarityScaling.MAX).compute(path);
        double maxAsymmetry = 0;
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                if (i != j) {
                    double proximity = 0.8 * Math.exp(-Math.abs(i - j));
                    maxAsymmetry = Math.max(maxAsymmetry, (raw[i][j] - proximity) / 0.2);
                }
            }
        }
        assertThat(maxAsymmetry).isGreaterThan(1);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                if (i != j) {
                    double proximity = Math.exp(-Math.abs(i - j)) / Math.exp(-1);
                    double asymmetry = (raw[i][j] - 0.8 * Math.exp(-Math.abs(i - j))) / 0.2 / maxAsymmetry;
                    assertThat(scaled[i][j])
                            .isCloseTo(0.8 * proximity + 0.2 * asymmetry, within(1e-9))
                            .isBetween(0.0, 1.0);
                }
            }
        }
    }

    @Test
    void rankScalingKeepsTheOrderOfEachPart() {
        LabeledGraph graph = TinyGraphs.twoTriangles(0);
        double[][] ranked = new StructuralSimilarity(0.0, SimilarityScaling.RANK).compute(graph);
        double[][] raw = new StructuralSimilarity(0.0, SimilarityScaling.RAW).compute(graph);
        int n = graph.nodeCount();
        for (int a = 0; a < n * n; a++) {
            for (int b = 0; b < n * n; b++) {
                int i = a / n;
                int j = a % n;
                int k = b / n;
                int l = b % n;
                if (i != j && k != l && raw[i][j] < raw[k][l] - 1e-9) {
                    assertThat(ranked[i][j]).isLessThan(ranked[k][l]);
                }
            }
        }
        assertThat(ranked[0][1]).isBetween(0.0, 1.0);
    }

    @Test
    void unknownScalingIsRejected() {
        assertThatThrownBy(() -> SimilarityScaling.of("log"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(log)")
                .hasMessageContaining("Maybe");
    }
}
