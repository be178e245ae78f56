package io.hyperseed.neural.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.generate.RandomHypergraphs;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.problem.MaxCut;
import io.hyperseed.neural.NeuralConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NetworkSizingTest {

    private static final PuboProblem GRAPH = MaxCut.compact(RandomHypergraphs.graph(1000, 3000, 1), "g");

    @Test
    void memoryGrowsLinearlyInVerticesWidthsAndLiterals() {
        long base = NetworkSizing.estimateBytes(1000, 6000, 16, new int[] {8});
        assertThat(NetworkSizing.estimateBytes(2000, 12_000, 16, new int[] {8})).isEqualTo(2 * base);
        assertThat(NetworkSizing.estimateBytes(1000, 6000, 32, new int[] {16}))
                .isEqualTo(base + 4L * 1000 * (3 * 16 + 8 * 8));
        assertThat(NetworkSizing.literals(GRAPH)).isEqualTo(4L * 3000);
    }

    @Test
    void configThatFitsIsKept() {
        NeuralConfig config =
                NeuralConfig.builder().optTimeLimit(Duration.ofSeconds(30)).build();
        assertThat(NetworkSizing.fit(config, GRAPH)).isSameAs(config);
    }

    @Test
    void tightMemoryHalvesAllWidthsTogetherUntilTheEstimateFits() {
        PuboProblem large = MaxCut.compact(RandomHypergraphs.graph(20_000, 60_000, 1), "large");
        // 128/[64] needs about 98 MB here, 64/[32] 63 MB, 32/[16] 45 MB
        NeuralConfig config = NeuralConfig.builder()
                .optMemoryLimit(50_000_000L)
                .optTimeLimit(Duration.ofHours(1))
                .build();
        NeuralConfig fitted = NetworkSizing.fit(config, large);

        assertThat(fitted.inputDim()).isEqualTo(32);
        assertThat(fitted.hiddenSizes()).containsExactly(16);
        assertThat(NetworkSizing.estimateBytes(20_000, NetworkSizing.literals(large), 32, new int[] {16}))
                .isLessThanOrEqualTo(50_000_000L);
    }

    @Test
    void shortTimeNarrowsTheNetworkButNotBelowTheMinimumWidth() {
        NeuralConfig config =
                NeuralConfig.builder().optTimeLimit(Duration.ofMillis(1)).build();
        NeuralConfig fitted = NetworkSizing.fit(config, GRAPH);

        assertThat(fitted.inputDim()).isEqualTo(NetworkSizing.MIN_WIDTH);
        assertThat(fitted.hiddenSizes()).containsExactly(NetworkSizing.MIN_WIDTH);
    }
}
