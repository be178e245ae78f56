package io.hyperseed.graphap.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hyperseed.graphap.TinyGraphs;
import org.junit.jupiter.api.Test;

class EmbeddingWalkWeightsTest {

    /** Path 0-1-2 with 1-d embeddings 0, 3, 3: distances 3 and 0, floor 1 % of the mean 1.5. */
    @Test
    void weightsAreEmbeddingDistancesPlusAFloor() {
        double[] w = new EmbeddingWalkWeights(0.01).weights(TinyGraphs.path(3, 0, 0), new float[] {0, 3, 3}, 1);
        assertThat(w[0]).isCloseTo(3.015, within(1e-9));
        assertThat(w[1]).isCloseTo(0.015, within(1e-9));
    }

    @Test
    void identicalEmbeddingsGiveTheSimpleWalk() {
        double[] w = new EmbeddingWalkWeights(0.01).weights(TinyGraphs.cycle(4, 0, 0), new float[8], 2);
        assertThat(w).containsOnly(1.0);
    }

    @Test
    void embeddingsOfTheWrongSizeAreRejected() {
        assertThatThrownBy(() -> new EmbeddingWalkWeights(0.01).weights(TinyGraphs.path(3, 0, 0), new float[4], 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(4 given)")
                .hasMessageContaining("Maybe");
    }
}
