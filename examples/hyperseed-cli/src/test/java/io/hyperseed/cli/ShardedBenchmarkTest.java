package io.hyperseed.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A benchmark run in 3 shards and merged with {@code hyperseed report} gives the report one unsharded run writes,
 * in everything but timings: the same runs CSV (timing columns left out), the same Markdown tables (times masked),
 * the same plots. The real-solver case uses Timefold's tabu on two tiny instances with 0.2 s budgets, where it
 * reaches the same bests in the same order every time.
 */
class ShardedBenchmarkTest {

    /** Columns that hold wall or CPU times, or values derived from them. */
    private static final Set<String> TIMINGS = Set.of(
            "seed_time_s",
            "total_time_s",
            "cpu_time_s",
            "cpu_scope",
            "move_evaluation_speed",
            "time_to_99.5%_s",
            "time_to_100%_s");

    @TempDir
    Path dir;

    @Test
    void threeMergedShardsEqualOneRunWithTheFakeSolver() throws Exception {
        compareShardedWithSingle(List.of("--configs", "neural-tabu,tabu", "--frameworks", "fake", "--time", "1s"));
    }

    @Test
    void threeMergedShardsEqualOneRunWithTimefoldTabu() throws Exception {
        assumeTrue(Solvers.frameworks().contains("timefold"), "Skipped: no timefold solver registered");
        compareShardedWithSingle(
                List.of("--configs", "tabu", "--frameworks", "timefold", "--time", "0.2s", "--warm-up", "0.2s"));
    }

    @Test
    void parallelRunsGiveTheSameResultsAndSayTheyShared() throws Exception {
        List<String> common = CliRuns.twoByTwoOnFake();
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        Cli.Run sequential = CliRuns.benchmark(common, "--shard", "1/1", "--out", one.toString());
        assertThat(sequential.exitCode()).isZero();
        Cli.Run parallel = CliRuns.benchmark(common, "--shard", "1/1", "--parallel", "2", "--out", two.toString());

        assertThat(parallel.exitCode()).as(parallel.err()).isZero();
        assertThat(withoutTimings(two.resolve("runs.csv"))).isEqualTo(withoutTimings(one.resolve("runs.csv")));
        assertThat(Files.readString(two.resolve("report.html"))).contains("runs shared the machine");
        assertThat(Files.readAllLines(two.resolve("runs.csv")).subList(1, 9)).allMatch(l -> l.contains(",thread,"));
        assertThat(Files.readAllLines(one.resolve("runs.csv")).subList(1, 9)).allMatch(l -> l.contains(",process,"));
    }

    private void compareShardedWithSingle(List<String> options) throws Exception {
        List<String> common = new ArrayList<>(List.of(
                "--instances", Cli.instance("tiny.hgr"), Cli.instance("square.hgr"), "--repeats", "3", "--seed", "5"));
        common.addAll(options);
        Path single = dir.resolve("single");
        Cli.Run whole = CliRuns.benchmark(
                common,
                "--shard",
                "1/1",
                "--markdown",
                dir.resolve("single.md").toString(),
                "--out",
                single.toString());
        assertThat(whole.exitCode()).as(whole.err()).isZero();

        List<String> shardDirs = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            Path shard = dir.resolve("shard-" + k);
            Cli.Run part = CliRuns.benchmark(common, "--shard", k + "/3", "--out", shard.toString());
            assertThat(part.exitCode()).as(part.err()).isZero();
            assertThat(part.out()).contains("shard " + k + "/3 done");
            assertThat(shard.resolve("report.html")).doesNotExist();
            shardDirs.add(shard.toString());
        }
        List<String> report = new ArrayList<>(List.of("report"));
        report.addAll(shardDirs);
        report.addAll(List.of(
                "--markdown",
                dir.resolve("merged.md").toString(),
                "--out",
                dir.resolve("merged").toString()));
        Cli.Run merge = Cli.run(report.toArray(String[]::new));
        assertThat(merge.exitCode()).as(merge.err()).isZero();
        Path merged = dir.resolve("merged");

        List<String> singleRows = withoutTimings(single.resolve("runs.csv"));
        assertThat(singleRows).hasSize(1 + 2 * configs(options) * 3);
        assertThat(withoutTimings(merged.resolve("runs.csv"))).isEqualTo(singleRows);
        assertThat(maskTimes(dir.resolve("merged.md"))).isEqualTo(maskTimes(dir.resolve("single.md")));
        assertThat(pngs(merged)).isEqualTo(pngs(single)).hasSize(2 * 2 + 1);
        int runs = 2 * configs(options) * 3;
        assertThat(Files.readString(merged.resolve("report.html")))
                .contains(runs + " of " + runs + " planned", "3 slices of the run matrix");
    }

    private static int configs(List<String> options) {
        return options.get(options.indexOf("--configs") + 1).split(",").length;
    }

    /** The runs CSV without timing columns, and best-over-time events without their times. */
    private static List<String> withoutTimings(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.get(0).split(","));
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String[] cells = line.split(",", -1);
            assertThat(cells).as(line).hasSize(header.size());
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < cells.length; i++) {
                if (!TIMINGS.contains(header.get(i))) {
                    kept.add(
                            header.get(i).equals("best_over_time")
                                    ? cells[i].replaceAll("(^|;)[0-9.]+:", "$1")
                                    : cells[i]);
                }
            }
            out.add(String.join(",", kept));
        }
        return out;
    }

    /**
     * The Markdown without its date line and the merged report's shard note, with the times in the time-to-target
     * and CPU tables masked and the plot links' folder named alike; objectives, gaps, references, reached counts
     * and threads stay.
     */
    private static List<String> maskTimes(Path md) throws IOException {
        List<String> out = new ArrayList<>();
        boolean timed = false;
        for (String line : Files.readAllLines(md)) {
            timed |= line.startsWith("Time to target");
            if (line.startsWith("Measured ")) {
                continue;
            }
            String l = line.replaceAll("; shards [^;.]*", "").replaceAll("\\]\\((single|merged)/", "](DIR/");
            out.add(timed && l.startsWith("| ") ? l.replaceAll("\\d+\\.\\d+", "T") : l);
        }
        return out;
    }

    private static List<String> pngs(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".png"))
                    .sorted()
                    .toList();
        }
    }
}
