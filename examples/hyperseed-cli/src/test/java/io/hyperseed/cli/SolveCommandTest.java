package io.hyperseed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SolveCommandTest {

    @ParameterizedTest
    @ValueSource(strings = {"neural-tabu", "tabu", "late-acceptance", "simulated-annealing", "neural"})
    void solvesWithEveryBuiltInConfigAndPrintsTheSummary(String config) {
        Cli.Run run =
                CliRuns.solveOnFake("tiny.hgr", config, "--time", "2s", "--set", "epochs=4", "--progress", "lines");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("objective", "feasible     yes", "fake / " + config, "time");
        if (config.startsWith("neural")) {
            assertThat(run.err()).contains("training  epoch 1");
            assertThat(run.out()).contains("from fake-hgnn");
        } else {
            assertThat(run.err()).doesNotContain("training");
        }
    }

    @Test
    void withoutAConfigMaxCutGetsSeededAnnealingAndAConstrainedProgramGetsSeededTabu(@TempDir Path dir)
            throws Exception {
        Path program = Files.writeString(
                dir.resolve("toy.pubo"),
                "pubo minimize\nvars x1 x2 x3\nobjective: - x1 - x2 + x1*x3\nconstraint c1: x1 + x2 <= 1\n");

        Cli.Run cut = Cli.run("solve", Cli.instance("tiny.hgr"), "--framework", "fake", "--time", "1s");
        Cli.Run constrained = Cli.run("solve", program.toString(), "--framework", "fake", "--time", "1s");

        assertThat(cut.exitCode()).as(cut.err()).isZero();
        assertThat(cut.out()).contains("fake / neural-simulated-annealing");
        assertThat(constrained.exitCode()).as(constrained.err()).isZero();
        assertThat(constrained.out()).contains("fake / neural-tabu");
    }

    @Test
    void reportsTheGapToTheBestKnownValue() {
        Cli.Run run = CliRuns.solveOnFake("square.hgr", "tabu", "--best-known", "4", "--progress", "off");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .containsPattern("objective +4 \\(maximise\\)")
                .contains("gap          0.00% to best known 4");
    }

    @Test
    void writesTheSolutionFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sub/tiny.sol");

        Cli.Run run = CliRuns.solveOnFake("tiny.hgr", "tabu", "--out", out.toString(), "--progress", "off");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out).exists();
        assertThat(Files.readString(out)).isNotBlank();
    }

    @Test
    void drawsABarThatRedrawsOneLineWhenAskedTo() {
        Cli.Run run = CliRuns.solveOnFake("tiny.hgr", "neural-tabu", "--progress", "bar");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("\r[").doesNotContain("\n");
    }

    @Test
    void missingFileIsBadInputWithOneLine() {
        Cli.Run run = Cli.run("solve", "no/such/file.hgr", "--framework", "fake");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip()).doesNotContain("\n").contains("no such file (no/such/file.hgr)");
    }

    @Test
    void malformedFileIsBadInputNamingTheFile() {
        Cli.Run run = Cli.run("solve", Cli.instance("broken.hgr"), "--framework", "fake");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip())
                .doesNotContain("\n")
                .doesNotContain("Exception")
                .contains("broken.hgr");
    }

    @Test
    void unknownFormatIsBadUsage() {
        Cli.Run run = Cli.run("solve", Cli.instance("tiny.hgr"), "--format", "xlsx");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip()).doesNotContain("\n").contains("format (xlsx) is unknown", "hmetis");
    }

    @Test
    void unknownOptionIsBadUsage() {
        Cli.Run run = Cli.run("solve", Cli.instance("tiny.hgr"), "--speed", "fast");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip()).doesNotContain("\n").contains("Unknown option", "--speed");
    }

    @Test
    void badDurationIsBadUsage() {
        Cli.Run run = Cli.run("solve", Cli.instance("tiny.hgr"), "--time", "soon");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("duration (soon)");
    }

    @Test
    void unknownNeuralPropertyIsBadInput() {
        Cli.Run run = Cli.run("solve", Cli.instance("tiny.hgr"), "--framework", "fake", "--set", "epochz=5");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip()).doesNotContain("\n").contains("(epochz)");
    }

    @Test
    void unknownConfigIsBadInput() {
        Cli.Run run = Cli.run("solve", Cli.instance("tiny.hgr"), "--framework", "fake", "--config", "tabu-search");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("config (tabu-search)", "neural-tabu");
    }

    @Test
    void unknownFrameworkIsBadInputListingTheKnownOnes() {
        Cli.Run run = Cli.run("solve", Cli.instance("tiny.hgr"), "--framework", "cplex");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("framework (cplex)", "fake");
    }

    @Test
    void solverBugIsAnInternalFailureWithoutStackTrace() {
        Cli.Run run = Cli.run("solve", Cli.instance("tiny.hgr"), "--framework", "broken", "--progress", "off");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(run.err().strip())
                .doesNotContain("\n")
                .contains("internal error", "simulated solver bug", "--verbose");
    }

    @Test
    void verbosePrintsTheStackTrace() {
        Cli.Run run = Cli.run("solve", Cli.instance("tiny.hgr"), "--framework", "broken", "--progress", "off", "-v");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(run.err()).contains("at io.hyperseed.cli.BrokenHybridSolver.solve");
    }

    @Test
    void noSubcommandIsBadUsage() {
        Cli.Run run = Cli.run();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Missing a subcommand");
    }
}
