package io.hyperseed.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GainHeapTest {

    @Test
    void twoKeysCompareLexicographicallyThenByIndex() {
        GainHeap heap = new GainHeap(new long[] {1, 1, 2, 1}, new long[] {5, 7, 0, 5}, false);
        int[] out = new int[4];

        assertThat(heap.top(out)).isEqualTo(4);
        assertThat(out).containsExactly(2, 1, 0, 3);

        heap.update(3, 1, 9);
        heap.top(out);
        assertThat(out).containsExactly(2, 3, 1, 0);
        assertThat(heap.key(3)).isEqualTo(1);
        assertThat(heap.secondKey(3)).isEqualTo(9);
    }

    @Test
    void randomUpdatesKeepTheTopInLexicographicOrder() {
        Random random = new Random(5);
        int n = 200;
        long[] first = new long[n];
        long[] second = new long[n];
        GainHeap heap = new GainHeap(first, second, false);
        for (int step = 0; step < 5000; step++) {
            int v = random.nextInt(n);
            first[v] = random.nextInt(5) - 2;
            second[v] = random.nextInt(50) - 25;
            heap.update(v, first[v], second[v]);
            if (step % 500 == 0) {
                heap.resetAll(first, second);
            }
        }
        int[] out = new int[30];
        heap.top(out);
        int[] expected = IntStream.range(0, n)
                .boxed()
                .sorted(Comparator.<Integer>comparingLong(v -> -first[v])
                        .thenComparingLong(v -> -second[v])
                        .thenComparingInt(v -> v))
                .limit(30)
                .mapToInt(Integer::intValue)
                .toArray();
        assertThat(out).as(Arrays.toString(out)).containsExactly(expected);
    }
}
