package io.hyperseed.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperseed.core.eval.FlipGains;
import io.hyperseed.core.io.Format;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.problem.MaxCut;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnnealingTemperatureTest {

    /** A random weighted graph whose weights are {@code factor} times whole numbers 1..9 (same structure per seed). */
    private static Instance weightedGraph(int factor, long seed) {
        Random random = new Random(seed);
        int n = 120;
        Hypergraph.Builder builder = Hypergraph.builder(n).mergeDuplicates(false);
        for (int e = 0; e < 600; e++) {
            int a = random.nextInt(n);
            int b = (a + 1 + random.nextInt(n - 1)) % n;
            builder.addEdge(factor * (1 + random.nextInt(9)), new int[] {a, b}, 0, 2);
        }
        Hypergraph graph = builder.build();
        return new Instance(
                "weighted", Path.of("weighted.hgr"), Format.HMETIS, MaxCut.compact(graph, "weighted"), graph);
    }

    @Test
    void theUnitGrowsWithTheWeights() {
        for (long seed = 1; seed <= 5; seed++) {
            OptionalLong one = AnnealingTemperature.unit(weightedGraph(1, seed), () -> false);
            OptionalLong seven = AnnealingTemperature.unit(weightedGraph(7, seed), () -> false);
            assertThat(one).isPresent();
            assertThat(one.getAsLong()).isPositive();
            assertThat(seven).hasValue(7 * one.getAsLong());
        }
    }

    @Test
    void theUnitIsTheTenPercentQuantileOfThePositiveSoftLossesThatKeepTheHardScore() {
        // variables 0..19 lose 1..20; 20..24 gain; 25..29 lose 1000 but change the hard score
        long[] soft = new long[30];
        long[] hard = new long[30];
        for (int v = 0; v < 20; v++) {
            soft[v] = -(v + 1);
        }
        for (int v = 20; v < 25; v++) {
            soft[v] = 5;
        }
        for (int v = 25; v < 30; v++) {
            soft[v] = -1000;
            hard[v] = -1;
        }
        assertThat(AnnealingTemperature.unitAt(gains(hard, soft), 30)).isEqualTo(2L);
        assertThat(AnnealingTemperature.unitAt(gains(new long[3], new long[] {0, 4, 9}), 3))
                .isEqualTo(1L);
    }

    @Test
    void aStopBeforeTheUnitIsKnownGivesNothing() {
        assertThat(AnnealingTemperature.unit(weightedGraph(1, 1), () -> true)).isEmpty();
    }

    @Test
    void scalesOnlyTheSoftPartOfATemperature() {
        assertThat(AnnealingTemperature.scaled("0hard/2soft", 7)).isEqualTo("0hard/14soft");
        assertThat(AnnealingTemperature.scaled(" 1hard/2soft ", 3)).isEqualTo("1hard/6soft");
        assertThatThrownBy(() -> AnnealingTemperature.scaled("2", 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("<hard>hard/<soft>soft");
        assertThatThrownBy(() -> AnnealingTemperature.scaled("0hard/1.5soft", 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whole number");
    }

    private static FlipGains gains(long[] hard, long[] soft) {
        return new FlipGains() {
            @Override
            public long hardGain(int v) {
                return hard[v];
            }

            @Override
            public long softGain(int v) {
                return soft[v];
            }

            @Override
            public int best(int[] out) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
