package io.hyperseed.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperseed.core.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Format detection never guesses across a header that the body contradicts; bad paths fail plainly. */
class HeaderBodyMismatchTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content.replace("\\n", "\n"));
        return file;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            truncated rudy, unit weights    | 5 6\\n1 2 1\\n2 3 1\\n3 4 1\\n               | 5  | rudy
            truncated rudy, signed weights  | 5 6\\n1 2 1\\n2 3 -1\\n3 4 1\\n              | 5  | rudy
            rudy cut inside a line          | 5 6\\n1 2 1\\n2 3 -1\\n3 4 1\\n4 5\\n         | 5  | rudy
            rudy with an extra edge         | 4 2\\n1 2 1\\n2 3 1\\n3 4 1\\n               | 5  | rudy
            HypOp with fewer lines          | 5 4\\n1 2 3\\n2 4\\n                         | 4  | hypop
            HypOp, varied triples, cut      | 5 4\\n1 2 3\\n2 4 5\\n1 3 4\\n               | 5  | hypop
            header only                     | 5 4\\n                                       | 2  | hypop
            hMETIS header in a txt, cut     | 3 4 1\\n2 1 2\\n5 2 3\\n                     | 4  | hmetis
            hMETIS vertex weights missing   | 1 3 10\\n1 2 3\\n1\\n2\\n                    | 5  | hmetis
            """)
    void refusesToGuessWhenTheHeaderDisagreesWithTheBody(String what, String content, int line, String closest)
            throws IOException {
        Path file = file("instance.txt", content.strip());
        assertThatThrownBy(() -> InstanceFiles.read(file))
                .as(what)
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining("instance.txt:" + line + ": ")
                .hasMessageContaining("--format (" + closest);
    }

    @Test
    void theForcedFormatReadsWhatDetectionRefuses() throws IOException {
        Path file = file("aps-like.txt", "5 4\n1 2 3\n2 4\n");
        assertThat(InstanceFiles.read(file, Format.HYPOP).get(0).hypergraph().numEdges())
                .isEqualTo(2);
        Path truncated = file("g-like.txt", "5 6\n1 2 1\n2 3 1\n");
        assertThatThrownBy(() -> InstanceFiles.read(truncated, Format.RUDY))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining("g-like.txt:4: the file ends after 2");
    }

    @ParameterizedTest
    @CsvSource({"a.rudy, RUDY", "a.hypop, HYPOP", "a.bipnn, BIPNN", "a.bqp, ORLIB_BQP", "a.MKNAP, ORLIB_MKNAP"})
    void anExtensionThatNamesAFormatCounts(String name, Format expected) throws IOException {
        assertThat(InstanceFiles.detect(file(name, "5 4\n1 2 3\n"))).isEqualTo(expected);
    }

    @Test
    void aDirectoryIsAPlainInstanceFormatException() {
        assertThatThrownBy(() -> InstanceFiles.readSingle(dir, null))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining("is a directory, not an instance file");
        assertThatThrownBy(() -> InstanceFiles.detect(dir)).isInstanceOf(InstanceFormatException.class);
    }

    @Test
    void aMissingFileIsNoSuchFile() {
        assertThatThrownBy(() -> InstanceFiles.readSingle(dir.resolve("nothing.txt"), null))
                .isInstanceOf(NoSuchFileException.class);
    }

    /** The case that got through: the first 30 KB of G14 were read as a HypOp hypergraph. */
    @Test
    void theFirst30KilobytesOfG14AreRefusedWithTheLine() throws IOException {
        byte[] g14 = Files.readAllBytes(SharedData.require("gset/graphs/G14.txt"));
        Path head = dir.resolve("G14-head.txt");
        Files.write(head, Arrays.copyOf(g14, 30_000));
        long lines = new String(Arrays.copyOf(g14, 30_000), StandardCharsets.US_ASCII)
                .lines()
                .count();
        long line = g14[29_999] == '\n' ? lines + 1 : lines; // the end, or the last line when it is cut short
        assertThatThrownBy(() -> InstanceFiles.read(head))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining("G14-head.txt:" + line + ": the header and the body disagree")
                .hasMessageContaining("promises 4694")
                .hasMessageContaining("--format (rudy");
    }
}
