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
    void folderIsRefusedWithAHint() {
        assertThatThrownBy(() -> InstanceGlobs.expand(List.of(dir.toString())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/*");
    }
}
