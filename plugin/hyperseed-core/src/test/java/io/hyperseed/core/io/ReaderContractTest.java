package io.hyperseed.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract every {@link InstanceReader} keeps, whatever its format: a valid file reads, and an empty file,
 * a NUL byte or invalid UTF-8 give an {@link InstanceFormatException} naming the file and the line. Family
 * contracts (hypergraph, OR-Library, DIMACS) extend this with their own malformed inputs; concrete tests supply
 * the reader and the files.
 */
abstract class ReaderContractTest {

    /** A malformed file, the 1-based line the error must name, and a fragment of the message. */
    record Malformed(byte[] content, long line, String fragment) {

        static Malformed of(String content, long line, String fragment) {
            return new Malformed(content.getBytes(StandardCharsets.UTF_8), line, fragment);
        }
    }

    @TempDir
    Path dir;

    /** The reader under test. */
    abstract InstanceReader reader();

    /** A small valid file with at least two lines. */
    abstract String validContent();

    /** The file name used for the files under test (its extension does not matter to the reader). */
    String fileName() {
        return "instance.txt";
    }

    Path write(byte[] content) throws IOException {
        Path file = dir.resolve(fileName());
        Files.write(file, content);
        return file;
    }

    Path write(String content) throws IOException {
        return write(content.getBytes(StandardCharsets.UTF_8));
    }

    List<Instance> readValid() throws IOException {
        return reader().read(write(validContent()));
    }

    void assertRejected(Malformed malformed) throws IOException {
        Path file = write(malformed.content());
        assertThatThrownBy(() -> reader().read(file))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(malformed.fragment())
                .satisfies(e -> assertThat(((InstanceFormatException) e).line())
                        .as("line of: %s", e.getMessage())
                        .isEqualTo(malformed.line()));
    }

    /** The valid content with {@code bytes} inserted at the start of its second line. */
    byte[] withSecondLinePrefix(byte... bytes) {
        byte[] valid = validContent().getBytes(StandardCharsets.UTF_8);
        int newline = 0;
        while (valid[newline] != '\n') {
            newline++;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(valid, 0, newline + 1);
        out.write(bytes, 0, bytes.length);
        out.write(valid, newline + 1, valid.length - newline - 1);
        return out.toByteArray();
    }

    @Test
    void readsTheValidSample() throws IOException {
        List<Instance> instances = readValid();
        assertThat(instances)
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.format()).isEqualTo(reader().format()));
    }

    @Test
    void rejectsEmptyFile() throws IOException {
        assertRejected(Malformed.of("", 1, "empty"));
    }

    @Test
    void rejectsNulBytes() throws IOException {
        assertRejected(new Malformed(withSecondLinePrefix((byte) 0, (byte) 0, (byte) 1), 2, "NUL byte"));
    }

    @Test
    void rejectsInvalidUtf8() throws IOException {
        assertRejected(new Malformed(withSecondLinePrefix((byte) 0xC3, (byte) 0x28, (byte) ' '), 2, "UTF-8"));
    }
}
