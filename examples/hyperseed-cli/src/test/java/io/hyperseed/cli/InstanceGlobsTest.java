package io.hyperseed.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperseed.cli.benchmark.InstanceGlobs;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceGlobsTest {

    @TempDir
    Path dir;

    @Test
    void expandsWildcardsSortedAndWithoutDuplicates() throws Exception {
        Files.createDirectories(dir.resolve("a/b"));
        for (String f : List.of("a/G2.txt", "a/G1.txt", "a/b/G3.txt", "a/readme.md")) {
            Files.writeString(dir.resolve(f), "x");
        }

        List<Path> files = InstanceGlobs.expand(List.of(dir + "/a/G*.txt", dir + "/a/G1.txt", dir + "/a/**/G3.txt"));

        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("G1.txt", "G2.txt", "G3.txt");
    }

    @Test
    void plainPathMustExist() {
        assertThatThrownBy(() -> InstanceGlobs.expand(List.of(dir + "/missing.txt")))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void oneInstanceOfAMultiInstanceFileIsNamedWithItsSelector() throws Exception {
        Files.writeString(dir.resolve("bqp50.txt"), "x");

        assertThat(InstanceGlobs.expand(List.of(dir + "/bqp50.txt#2", dir + "/bqp50.txt#10")))
                .extracting(p -> p.getFileName().toString())
                .containsExactly("bqp50.txt#2", "bqp50.txt#10");
        assertThatThrownBy(() -> InstanceGlobs.expand(List.of(dir + "/bqp100.txt#2")))
                .isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> InstanceGlobs.expand(List.of(dir + "/bqp50.txt#x")))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void folderIsRefusedWithAHint() {
        assertThatThrownBy(() -> InstanceGlobs.expand(List.of(dir.toString())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/*");
    }
}
