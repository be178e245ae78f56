package io.hyperseed.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardMergerTest {

    @TempDir
    Path dir;

    private static final MachineInfo MACHINE = new MachineInfo("cpu", 2, 1L << 33, 1L << 31, "jvm", "os");

    private Path shard(int k, int n, Map<String, String> settings, RunRecord... runs) throws Exception {
        Path out = dir.resolve("shard-" + k + "-" + settings.get("budget") + "-" + runs[0].run());
        ZonedDateTime start = ZonedDateTime.parse("2026-12-01T10:00:00Z").plusMinutes(10 - k);
        BenchmarkReport report = new BenchmarkReport("bench", start, MACHINE, settings, List.of(runs), null);
        ReportFiles.writeRuns(
                report, new BenchmarkMetadata("bench", start, MACHINE, settings, k, n, 4, 1, "", ""), out);
        return out;
    }

    private static Map<String, String> settings(String budget) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("budget", budget);
        s.put("repeats", "2");
        return s;
    }

    @Test
    void shardsMergeInRunOrderWithTheEarliestStart() throws Exception {
        Path a = shard(
                1,
                2,
                settings("1s"),
                Runs.run(0, "x", "tabu", 0, 5, 0.1, 5),
                Runs.run(2, "x", "neural-tabu", 0, 6, 0.1, 6));
        Path b = shard(
                2,
                2,
                settings("1s"),
                Runs.run(3, "x", "neural-tabu", 1, 7, 0.1, 7),
                Runs.run(1, "x", "tabu", 1, 4, 0.1, 4));

        ShardMerger.Merged merged = ShardMerger.merge(List.of(b, a), null);

        assertThat(merged.report().records()).extracting(RunRecord::run).containsExactly(0, 1, 2, 3);
        assertThat(merged.report().date()).isEqualTo(ZonedDateTime.parse("2026-12-01T10:08:00Z"));
        assertThat(merged.report().settings())
                .containsEntry("runs", "4 of 4 planned")
                .containsEntry("run sharing", "one run at a time")
                .containsKey("shards");
        assertThat(merged.metadata().shard()).isEqualTo("1/1");
    }

    @Test
    void missingShardIsSaidInTheReport() throws Exception {
        Path a = shard(1, 2, settings("1s"), Runs.run(0, "x", "tabu", 0, 5, 0.1, 5));

        assertThat(ShardMerger.merge(List.of(a), null).report().settings().get("runs"))
                .isEqualTo("1 of 4 planned; missing shards 2/2");
    }

    @Test
    void shardsOfDifferentBenchmarksAreRejected() throws Exception {
        Path a = shard(1, 2, settings("1s"), Runs.run(0, "x", "tabu", 0, 5, 0.1, 5));
        Path b = shard(2, 2, settings("2s"), Runs.run(1, "x", "tabu", 1, 5, 0.1, 5));

        assertThatThrownBy(() -> ShardMerger.merge(List.of(a, b), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("disagree on budget (1s in")
                .hasMessageContaining("2s in");
    }

    @Test
    void theSameShardOrRunTwiceIsRejected() throws Exception {
        Path a = shard(1, 2, settings("1s"), Runs.run(0, "x", "tabu", 0, 5, 0.1, 5));
        Path b = shard(2, 2, settings("1s"), Runs.run(0, "x", "tabu", 0, 5, 0.1, 5));

        assertThatThrownBy(() -> ShardMerger.merge(List.of(a, a), null)).hasMessageContaining("shard (1/2) is in two");
        assertThatThrownBy(() -> ShardMerger.merge(List.of(a, b), null))
                .hasMessageContaining("run (0: x tabu/timefold" + " #0) is in two folders");
    }

    @Test
    void folderWithoutRunsIsBadInput() {
        assertThatThrownBy(() -> ShardMerger.merge(List.of(dir), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no runs.csv");
    }
}
