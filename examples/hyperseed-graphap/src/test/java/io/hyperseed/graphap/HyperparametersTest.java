package io.hyperseed.graphap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperseed.graphap.cluster.CommunitySource;
import io.hyperseed.graphap.similarity.SimilarityScaling;
import io.hyperseed.graphap.train.Selection;
import org.junit.jupiter.api.Test;

class HyperparametersTest {

    @Test
    void originalPresetHasTheNotebookSettings() {
        Hyperparameters original = Hyperparameters.preset("original");
        assertThat(original.layers()).isEqualTo(2);
        assertThat(original.hidden()).isEqualTo(64);
        assertThat(original.learningRate()).isEqualTo(0.05f);
        assertThat(original.dropout()).isEqualTo(0.3f);
        assertThat(original.epochs()).isEqualTo(10);
        assertThat(original.selection()).isEqualTo(Selection.LAST_EPOCH);
        assertThat(original.damping()).isEqualTo(0.8);
        assertThat(original.apIterations()).isEqualTo(1000);
        assertThat(original.scaling()).isEqualTo(SimilarityScaling.RAW);
        assertThat(original.communitySource()).isEqualTo(CommunitySource.EMBEDDINGS);
        assertThat(original.describe()).contains("lr 0.05").contains("the last epoch");
    }

    @Test
    void tunedPresetScalesTheSimilarity() {
        Hyperparameters tuned = Hyperparameters.preset("tuned");
        assertThat(tuned.scaling()).isEqualTo(SimilarityScaling.MAX);
        assertThat(tuned.detector().key()).contains("max");
        assertThat(tuned.withLearningRate(0.01f).training(3).learningRate()).isEqualTo(0.01f);
    }

    @Test
    void badValuesAreRejectedWhenBuilt() {
        assertThatThrownBy(() -> Hyperparameters.tuned().withDamping(0.2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(0.2)")
                .hasMessageContaining("Maybe");
        assertThatThrownBy(() -> Hyperparameters.tuned().withDropout(1f))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(1.0)");
        assertThatThrownBy(() -> Hyperparameters.preset("fast"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(fast)")
                .hasMessageContaining("Maybe");
    }
}
