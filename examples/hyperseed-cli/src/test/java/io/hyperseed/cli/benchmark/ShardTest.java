package io.hyperseed.cli.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ShardTest {

    private static BenchmarkPlan plan(RunOrder order) {
        return new BenchmarkPlan(
                List.of(Path.of("a.hgr"), Path.of("b.hgr"), Path.of("c.hgr")),
                null,
                List.of("neural-tabu", "tabu"),
                List.of("timefold", "optaplanner"),
                Duration.ofSeconds(1),
                3,
                1L,
                "auto",
                Map.of(),
                order,
                7L);
    }

    @ParameterizedTest
    @EnumSource(RunOrder.class)
    void unionOfTheShardsIsThePlanWithNoRunTwice(RunOrder order) {
        BenchmarkPlan plan = plan(order);
        List<PlannedRun> all = plan.runs();
        for (int n = 1; n <= 7; n++) {
            List<PlannedRun> union = new ArrayList<>();
            for (int k = 1; k <= n; k++) {
                List<PlannedRun> shard = new Shard(k, n, "test").select(all);
                assertThat(shard)
                        .as("shard %d/%d keeps the planned order", k, n)
                        .isSortedAccordingTo(Comparator.comparingInt(PlannedRun::order));
                union.addAll(shard);
            }
            assertThat(union)
                    .as("%d shards", n)
                    .hasSize(plan.size())
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(all);
        }
        assertThat(all.stream().map(r -> List.of(r.instance().toString(), r.config(), r.framework(), r.repeat())))
                .doesNotHaveDuplicates()
                .hasSize(36);
    }

    @Test
    void theSamePlanGivesTheSameShardsInEveryProcess() {
        assertThat(new Shard(2, 4, "a").select(plan(RunOrder.RANDOM).runs()))
                .isEqualTo(new Shard(2, 4, "b").select(plan(RunOrder.RANDOM).runs()));
    }

    @ParameterizedTest
    @CsvSource({"5,1,2,3,3/3", "0,0,1,4,1/4", "4,1,1,4,4/4"})
    void slurmArrayTaskGivesTheShard(String id, String min, String step, String count, String expected) {
        Shard shard = Shard.resolve(
                null,
                null,
                Map.of(
                        "SLURM_ARRAY_TASK_ID",
                        id,
                        "SLURM_ARRAY_TASK_MIN",
                        min,
                        "SLURM_ARRAY_TASK_STEP",
                        step,
                        "SLURM_ARRAY_TASK_COUNT",
                        count));

        assertThat(shard).hasToString(expected);
        assertThat(shard.origin()).isEqualTo("SLURM_ARRAY_TASK_ID");
    }

    @Test
    void kubernetesCompletionIndexNeedsACount() {
        assertThatThrownBy(() -> Shard.resolve(null, null, Map.of("JOB_COMPLETION_INDEX", "0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Shard.COUNT_VARIABLE);

        assertThat(Shard.resolve(null, null, Map.of("JOB_COMPLETION_INDEX", "2", Shard.COUNT_VARIABLE, "3")))
                .hasToString("3/3");
        assertThat(Shard.resolve(null, 5, Map.of("JOB_COMPLETION_INDEX", "0"))).hasToString("1/5");
    }

    @Test
    void optionBeatsTheEnvironmentAndNoneMeansTheWholePlan() {
        assertThat(Shard.resolve("2/2", null, Map.of("JOB_COMPLETION_INDEX", "0")))
                .hasToString("2/2");
        assertThat(Shard.resolve(null, null, Map.of())).isEqualTo(Shard.ALL);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {"0/3;K/N with 1 <= K <= N", "4/3;K/N with 1 <= K <= N", "3;is not K/N", "a/b;not an integer"})
    void badShardIsRejectedWithTheValue(String text, String message) {
        assertThatThrownBy(() -> Shard.resolve(text, null, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void shardCountWithoutAnIndexIsRejected() {
        assertThatThrownBy(() -> Shard.resolve(null, 3, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--shard-count (3)");
    }
}
