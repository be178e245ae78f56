package io.hyperseed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.io.InstanceFiles;
import io.hyperseed.core.io.SolutionFiles;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkCommandTest {

    @Test
    void writesCsvHtmlPngAndMarkdownForTwoTinyInstances(@TempDir Path dir) throws Exception {
        Path bestKnown =
                Files.writeString(dir.resolve("best.csv"), "instance,n,best_known_cut\ntiny,8,7\nsquare,4,4\n");
        Path anchors = Files.writeString(
                dir.resolve("anchors.csv"),
                "dataset,num_vertices_loaded,SCIP,Tabu,notes\nTINY,8,6,7,\"paper, table 2\"\nsquare,4,,4,x\n");
        Path out = dir.resolve("report");
        Path markdown = dir.resolve("docs/results/tiny.md");

        Cli.Run run = CliRuns.benchmark(
                CliRuns.twoByTwoOnFake(),
                "--repeats",
                "2",
                "--set",
                "epochs=2",
                "--best-known",
                bestKnown.toString(),
                "--anchors",
                anchors.toString(),
                "--markdown",
                markdown.toString(),
                "--shard",
                "1/1",
                "--out",
                out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "machine",
                        "cores",
                        "[8/8]",
                        "budget",
                        "neural-tabu/fake",
                        "warm-up",
                        "order seed 1",
                        "t->99.5%");
        List<String> csv = Files.readAllLines(out.resolve("runs.csv"));
        assertThat(csv).hasSize(1 + 2 * 2 * 2);
        assertThat(csv.get(0)).startsWith("run,order,instance,framework,config,repeat,seed,time_budget_s,objective");
        assertThat(csv.subList(1, csv.size()))
                .extracting(l -> l.split(",")[0])
                .as("rows in run-matrix order")
                .containsExactly("0", "1", "2", "3", "4", "5", "6", "7");
        assertThat(csv)
                .filteredOn(l -> l.matches("\\d+,\\d+,tiny,fake,neural-tabu,1,2,1.000,.*"))
                .hasSize(1);
        assertThat(csv)
                .filteredOn(l -> l.contains(",best.csv (best_known_cut),"))
                .hasSize(8);
        assertThat(Files.readString(out.resolve("report.html")))
                .contains(
                        "Machine",
                        "Settings",
                        "JVM",
                        "data:image/png;base64,",
                        "SCIP (published)",
                        "time to 99.5%",
                        "CPU time");
        for (String png : List.of(
                "best-over-time-tiny.png",
                "time-to-target-tiny.png",
                "best-over-time-square.png",
                "time-to-target-square.png",
                "gap.png")) {
            BufferedImage image = ImageIO.read(out.resolve(png).toFile());
            assertThat(image).as(png).isNotNull();
            assertThat(image.getWidth()).isGreaterThan(100);
        }
        String md = Files.readString(markdown);
        assertThat(md)
                .contains(
                        "| instance | reference | SCIP (published) | Tabu (published) |",
                        "| tiny | 7 | 6 | 7 |",
                        "| square | 4 | - | 4 |",
                        "../../report/gap.png",
                        "Time to target",
                        "CPU time per run");
    }

    @Test
    void solutionsOptionWritesEveryRunsSolutionInTheInstancesNames(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r");

        Cli.Run run =
                CliRuns.benchmarkSquareWithTabu("fake", "1s", "--repeats", "2", "--solutions", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Instance square = InstanceFiles.readSingle(Path.of(Cli.instance("square.hgr")), null);
        List<String> csv = Files.readAllLines(out.resolve("runs.csv"));
        for (long seed = 1; seed <= 2; seed++) {
            Path file = out.resolve("solutions/square__tabu__fake__seed" + seed + ".sol");
            assertThat(file).exists();
            double objective = Solution.evaluate(square.problem(), SolutionFiles.read(file, square.problem()))
                    .objective();
            assertThat(Files.readString(file)).contains("# objective: " + objective);
            assertThat(objective).isPositive();
        }
        assertThat(csv).hasSize(1 + 2);
    }

    @Test
    void failingRunsAreRecordedAndTheReportIsStillWritten(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r");

        Cli.Run run = CliRuns.benchmarkSquareWithTabu("broken,fake", "1s", "--shard", "1/1", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("warm-up of tabu/broken failed", "FAILED: IllegalStateException: simulated");
        List<String> csv = Files.readAllLines(out.resolve("runs.csv"));
        assertThat(csv).hasSize(1 + 6);
        assertThat(csv)
                .filteredOn(l -> l.contains(",broken,"))
                .hasSize(3)
                .allMatch(l -> l.contains("IllegalStateException: simulated solver bug"));
        assertThat(Files.readString(out.resolve("report.html"))).contains("simulated solver bug");
    }

    @Test
    void patternThatMatchesNothingIsBadInput(@TempDir Path dir) {
        Cli.Run run = Cli.run(
                "benchmark",
                "--instances",
                dir + "/*.hgr",
                "--frameworks",
                "fake",
                "--out",
                dir.resolve("r").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("matches no file");
    }

    @Test
    void zeroRepeatsIsBadInput(@TempDir Path dir) {
        Cli.Run run = tinyOnFake("--repeats", "0", dir);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("repeats (0)");
    }

    @Test
    void badShardAndOrderAreBadInput(@TempDir Path dir) {
        Cli.Run shard = tinyOnFake("--shard", "0/3", dir);
        Cli.Run order = tinyOnFake("--order", "alphabetical", dir);

        assertThat(shard.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(shard.err()).contains("(0/3)", "Shards count from 1");
        assertThat(order.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(order.err()).contains("order (alphabetical)");
    }

    /** {@code benchmark} of the bundled tiny.hgr on the fake solver with one more option, into {@code out}. */
    private static Cli.Run tinyOnFake(String option, String value, Path out) {
        return CliRuns.benchmark(List.of(
                "--instances",
                Cli.instance("tiny.hgr"),
                "--frameworks",
                "fake",
                option,
                value,
                "--out",
                out.toString()));
    }
}
