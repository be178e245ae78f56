package io.hyperseed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InfoCommandTest {

    @Test
    void printsSizesStatisticsAndTermCounts() {
        Cli.Run run = Cli.run("info", Cli.instance("tiny.hgr"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("vertices     8")
                .contains("hyperedges   7 (19 pins")
                .contains("degree       min 2, mean 2.38, max 3")
                .contains("edge size    min 2, mean 2.71, max 4")
                // compact: two product terms per hyperedge; the expanded form is small enough to be built
                .containsPattern("compact +14 terms")
                .contains("expanded")
                .containsPattern("loss unit +[1-9][0-9]* \\(score units");
    }

    @Test
    void missingFileIsBadInput() {
        Cli.Run run = Cli.run("info", "missing.hgr");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("no such file (missing.hgr)");
    }
}
