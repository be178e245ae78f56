package io.hyperseed.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Smoke runs of every benchmark command on the project's own small example files (no public data needed). */
class BenchmarksTest {

    private static final String TINY_JMH = "--forks=0 --warmups=0 --iterations=1 --iteration-time=50ms";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void coreCommandPrintsTheMachineAndOneRowOfRatesPerInstance() {
        int code = execute("core " + TINY_JMH + " " + example("random-hypergraph-200-400.hgr") + " "
                + example("random-program-30.pubo"));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("# machine: ")
                .contains("# load average")
                .contains("# settings: JMH 0 fork");
        assertThat(out.toString().lines().filter(l -> l.startsWith("random-hypergraph-200-400 ")))
                .singleElement()
                .satisfies(row -> assertThat(row.split("\\s+")).hasSize(9).doesNotContain("NaN"));
        assertThat(out.toString().lines().filter(l -> l.startsWith("random-program-30 ")))
                .singleElement()
                .satisfies(row -> assertThat(row).contains("NaN"));
        assertThat(out.toString()).contains("# 10^6 cubic terms over 10^5 variables");
    }

    @Test
    void parseCommandPrintsTheMeanParseTimeOfEachFile() {
        int code = execute("parse " + TINY_JMH + " " + example("tiny-graph.txt"));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString())
                .containsPattern("tiny-graph.txt  format=rudy  size=\\d+ bytes  1 instance\\(s\\), "
                        + "n=8, m=12  mean: [0-9.]+ ms");
    }

    @Test
    void solveCommandPrintsOneRowPerFrameworkAndConfig() {
        int code = execute("solve --seconds=1 --frameworks=timefold --configs=tabu " + example("tiny-graph.txt"));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString().lines().filter(l -> l.startsWith("tiny-graph\t")))
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .startsWith("tiny-graph\ttimefold\ttabu\t")
                        .contains("\ttrue\t"));
    }

    @Test
    void timefoldIncrementalModeReportsSpeedAndCut() {
        int code = execute("timefold incremental --seconds=1 --instances=" + example("tiny-graph.txt"));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("incremental only: .* moves/s wall, .* best cut \\d+");
    }

    @Test
    void neuralToySectionTrainsTheSeedToyToItsOptimum() {
        int code = execute("neural toy --epoch-runs=10 --set=inputDim=16 --set=hiddenSizes=16 --set=epochs=200"
                + " --set=learningRate=0.01 --set=evaluateEvery=5 --set=samples=8 --set=device=cpu");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("# engine: DJL").contains("x = [1,1,0,0], objective -1.8451");
    }

    @Test
    void noSubcommandIsBadUsage() {
        assertThat(Benchmarks.commandLine().setErr(new PrintWriter(err, true)).execute())
                .isEqualTo(2);
        assertThat(err.toString()).contains("Missing required subcommand");
    }

    @Test
    void anUnknownSectionIsBadUsage() {
        assertThat(execute("neural nonsense")).isEqualTo(2);
        assertThat(err.toString()).contains("nonsense");
    }

    @Test
    void aMissingInstanceIsBadInputNamingTheFileAndTheDataFolder(@TempDir Path empty) {
        int code = execute("core " + TINY_JMH + " --data=" + empty + " gset/graphs/G99.txt");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString())
                .contains("(gset/graphs/G99.txt)")
                .contains(empty.toString())
                .contains("Maybe");
    }

    private int execute(String arguments) {
        CommandLine command = Benchmarks.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(arguments.split(" "));
    }

    /** A file of the project's data/examples folder (found from the module or the project root). */
    static String example(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("data/examples").resolve(name);
            if (Files.isRegularFile(file)) {
                return file.toString();
            }
        }
        throw new IllegalStateException(
                "data/examples/" + name + " not found above " + Path.of("").toAbsolutePath());
    }
}
