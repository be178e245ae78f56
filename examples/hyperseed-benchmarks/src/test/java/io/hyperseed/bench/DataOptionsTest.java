package io.hyperseed.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DataOptionsTest {

    @Test
    void aNameUnderTheDataFolderIsReadByTheCoreReaders(@TempDir Path data) throws IOException {
        Files.createDirectories(data.resolve("gset/graphs"));
        Files.writeString(data.resolve("gset/graphs/G0.txt"), "3 2\n1 2 1\n2 3 1\n");
        DataOptions options = parse("--data", data.toString());

        assertThat(options.folder()).isEqualTo(data.toAbsolutePath().normalize());
        assertThat(options.read("gset/graphs/G0.txt", null).hypergraph().numEdges())
                .isEqualTo(2);
    }

    @Test
    void anExistingPathIsUsedAsItIs(@TempDir Path data) throws IOException {
        Path file = Files.writeString(data.resolve("g.txt"), "2 1\n1 2 1\n");

        assertThat(parse().resolve(file.toString())).isEqualTo(file);
    }

    @Test
    void aMissingNameFailsWithTheDataFolderAndAHint(@TempDir Path data) {
        DataOptions options = parse("--data", data.toString());

        assertThatThrownBy(() -> options.resolve("nowhere.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(nowhere.txt)")
                .hasMessageContaining(data.toString())
                .hasMessageContaining("Maybe pass --data DIR");
    }

    private static DataOptions parse(String... arguments) {
        DataOptions options = new DataOptions();
        new CommandLine(options).parseArgs(arguments);
        return options;
    }
}
