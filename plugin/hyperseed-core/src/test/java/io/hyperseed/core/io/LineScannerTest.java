package io.hyperseed.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineScannerTest {

    @TempDir
    Path dir;

    private LineScanner open(String content) throws IOException {
        Path file = dir.resolve("f.txt");
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        return LineScanner.open(file);
    }

    @Test
    void parsesSignedIntegersAndDecimalsAcrossCrLfLines() throws IOException {
        try (LineScanner s = open("\uFEFF-12 +7\r\n  3.5e2\t-0.25\n")) {
            assertThat(s.nextLine()).isTrue();
            assertThat(s.nextLong("a")).isEqualTo(-12);
            assertThat(s.nextLong("b")).isEqualTo(7);
            assertThat(s.atEndOfLine()).isTrue();
            assertThat(s.nextLine()).isTrue();
            assertThat(s.nextDouble("c")).isEqualTo(350.0);
            assertThat(s.nextDouble("d")).isEqualTo(-0.25);
            assertThat(s.nextLine()).isFalse();
        }
    }

    @Test
    void parsesTheExtremesOfLongAndRejectsBeyond() throws IOException {
        try (LineScanner s = open("9223372036854775807 9223372036854775808\n")) {
            s.nextLine();
            assertThat(s.nextLong("max")).isEqualTo(Long.MAX_VALUE);
            assertThatThrownBy(() -> s.nextLong("beyond"))
                    .isInstanceOf(InstanceFormatException.class)
                    .hasMessageContaining("too large for a 64-bit integer");
        }
    }

    @Test
    void skipsCommentsAndBlankLinesButCountsThem() throws IOException {
        try (LineScanner s = open("% c\n\n   \n# x\n5\n")) {
            assertThat(s.nextDataLine("%#")).isTrue();
            assertThat(s.lineNumber()).isEqualTo(5);
            assertThat(s.nextLong("v")).isEqualTo(5);
        }
    }

    @Test
    void rejectsHexFloatsAndJavaSuffixes() throws IOException {
        try (LineScanner s = open("0x1p3 1d\n")) {
            s.nextLine();
            assertThatThrownBy(() -> s.nextDouble("w")).hasMessageContaining("expected a number for w, found (0x1p3)");
            assertThatThrownBy(() -> s.nextDouble("w")).hasMessageContaining("found (1d)");
        }
    }

    @Test
    void readsTheLastLineWithoutNewline() throws IOException {
        try (LineScanner s = open("1\n2")) {
            s.nextLine();
            assertThat(s.nextLine()).isTrue();
            assertThat(s.nextLong("x")).isEqualTo(2);
            assertThat(s.lineNumber()).isEqualTo(2);
        }
    }

    @Test
    void boundsCountsByTheFileSize() throws IOException {
        try (LineScanner s = open("1234567890\n")) {
            assertThat(s.checkCount(5, "m", 0.5, 0)).isEqualTo(5);
            assertThatThrownBy(() -> s.checkCount(6, "m", 0.5, 0)).hasMessageContaining("implausibly large");
            assertThatThrownBy(() -> s.checkCount(-1, "m", 0.5, 0)).hasMessageContaining("(-1) is negative");
        }
    }
}
