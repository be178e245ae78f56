package io.hyperseed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path dir;

    private Path shard(int k, String time) {
        Path out = dir.resolve("slice-" + k + "-" + time);
        Cli.Run run = CliRuns.benchmarkSquareWithTabu(
                "fake", time, "--warm-up", "0s", "--shard", k + "/2", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return out;
    }

    @Test
    void missingSliceIsReportedNotHidden() throws Exception {
        Path one = shard(1, "1s");

        Cli.Run run =
                Cli.run("report", one.toString(), "--out", dir.resolve("merged").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 of 3 planned; missing shards 2/2");
        assertThat(Files.readAllLines(dir.resolve("merged/runs.csv"))).hasSize(1 + 2);
    }

    @Test
    void slicesOfDifferentBenchmarksAreBadInput() {
        Path one = shard(1, "1s");
        Path two = shard(2, "2s");

        Cli.Run run = Cli.run(
                "report",
                one.toString(),
                two.toString(),
                "--out",
                dir.resolve("m").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("disagree on budget");
    }

    @Test
    void folderWithoutRunsAndOutputIntoASliceAreBadInput() {
        Path one = shard(1, "1s");
        Path two = shard(2, "1s");

        Cli.Run empty =
                Cli.run("report", dir.toString(), "--out", dir.resolve("m").toString());
        Cli.Run intoSlice = Cli.run("report", one.toString(), two.toString(), "--out", one.toString());

        assertThat(empty.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(empty.err()).contains("has no runs.csv");
        assertThat(intoSlice.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(intoSlice.err()).contains("is one of the shard folders");
    }
}
