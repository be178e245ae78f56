package io.hyperseed.cli.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RunOrderTest {

    private static BenchmarkPlan plan(int instances, int repeats, RunOrder order, long seed) {
        return new BenchmarkPlan(
                IntStream.range(0, instances)
                        .mapToObj(i -> Path.of("i" + i + ".hgr"))
                        .toList(),
                null,
                List.of("neural-tabu", "tabu"),
                List.of("timefold"),
                Duration.ofSeconds(1),
                repeats,
                1L,
                "auto",
                Map.of(),
                order,
                seed);
    }

    @Test
    void sequentialIsTheMatrixOrder() {
        List<PlannedRun> runs = plan(2, 3, RunOrder.SEQUENTIAL, 1).runs();

        assertThat(runs).extracting(PlannedRun::run).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(runs).extracting(PlannedRun::order).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    }

    @Test
    void randomOrderShufflesWithinEachInstanceAndDependsOnlyOnTheSeed() {
        List<PlannedRun> runs = plan(10, 3, RunOrder.RANDOM, 42).runs();

        assertThat(runs).isEqualTo(plan(10, 3, RunOrder.RANDOM, 42).runs());
        assertThat(runs).isNotEqualTo(plan(10, 3, RunOrder.RANDOM, 43).runs());
        for (int i = 0; i < 10; i++) {
            List<PlannedRun> block = runs.subList(6 * i, 6 * i + 6);
            assertThat(block).extracting(PlannedRun::instance).containsOnly(Path.of("i" + i + ".hgr"));
        }
        Set<String> first = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            first.add(runs.get(6 * i).config());
        }
        assertThat(first).as("no config is always first").containsExactlyInAnyOrder("neural-tabu", "tabu");
        assertThat(runs.subList(0, 6)).extracting(PlannedRun::run).isNotEqualTo(List.of(0, 1, 2, 3, 4, 5));
    }

    @Test
    void interleavedRotatesTheConfigsPerRepeat() {
        List<PlannedRun> runs = plan(1, 4, RunOrder.INTERLEAVED, 1).runs();

        assertThat(runs)
                .extracting(r -> r.config() + "#" + r.repeat())
                .containsExactly(
                        "neural-tabu#0",
                        "tabu#0",
                        "tabu#1",
                        "neural-tabu#1",
                        "neural-tabu#2",
                        "tabu#2",
                        "tabu#3",
                        "neural-tabu#3");
    }

    @Test
    void repeatsUseTheSameSeedsInEveryConfig() {
        for (PlannedRun r : plan(2, 3, RunOrder.RANDOM, 5).runs()) {
            assertThat(r.seed()).isEqualTo(1L + r.repeat());
        }
    }
}
