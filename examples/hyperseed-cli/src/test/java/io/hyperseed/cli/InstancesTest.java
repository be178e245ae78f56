package io.hyperseed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad instance paths and contents end in exit code 2 with a plain message, never an internal error. */
class InstancesTest {

    @TempDir
    Path dir;

    @Test
    void aDirectoryAsTheInstanceIsBadInput() {
        Cli.Run run = Cli.run("info", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("is a directory, not an instance file").doesNotContain("internal error");
    }

    @Test
    void aTruncatedGsetFileIsBadInputNamingTheLineUnlessTheFormatIsForced() throws IOException {
        Path file = dir.resolve("G-truncated.txt");
        Files.writeString(file, "5 6\n1 2 1\n2 3 1\n3 4 1\n");
        Cli.Run run = Cli.run("info", file.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("G-truncated.txt:5: the header and the body disagree");
        Cli.Run forced = Cli.run("info", "--format", "hypop", file.toString());
        assertThat(forced.exitCode()).as(forced.err()).isZero();
    }
}
