package io.hyperseed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void generatedHypergraphIsReadBackWithTheAskedSizes() {
        Path file = dir.resolve("h.hgr");

        Cli.Run generate =
                Cli.run("generate", "hypergraph", "--n", "60", "--m", "90", "--seed", "7", "--out", file.toString());
        Cli.Run info = Cli.run("info", file.toString());

        assertThat(generate.exitCode()).as(generate.err()).isZero();
        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains("vertices     60", "hyperedges   90");
    }

    @Test
    void sameSeedGivesTheSameFile() throws Exception {
        Path a = dir.resolve("a.hgr");
        Path b = dir.resolve("b.hgr");

        Cli.run("generate", "hypergraph", "--n", "40", "--m", "50", "--seed", "3", "--out", a.toString());
        Cli.run("generate", "hypergraph", "--n", "40", "--m", "50", "--seed", "3", "--out", b.toString());

        assertThat(Files.readString(a)).isEqualTo(Files.readString(b));
    }

    @Test
    void generatedProgramIsAConstrainedInstance() {
        Path file = dir.resolve("p.pubo");

        Cli.Run generate = Cli.run("generate", "program", "--n", "30", "--seed", "5", "--out", file.toString());
        Cli.Run info = Cli.run("info", file.toString());

        assertThat(generate.exitCode()).as(generate.err()).isZero();
        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains("30 variables", "constraints");
    }

    @Test
    void impossibleSizesAreBadInput() {
        Cli.Run run = Cli.run(
                "generate",
                "hypergraph",
                "--n",
                "5",
                "--m",
                "3",
                "--max-size",
                "9",
                "--out",
                dir.resolve("x.hgr").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip()).doesNotContain("\n").contains("n (5)");
    }

    @Test
    void graphapWithoutADatasetFolderIsBadInput() {
        Cli.Run run = Cli.run("graphap", dir.resolve("MUTAG").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("no such file");
    }
}
