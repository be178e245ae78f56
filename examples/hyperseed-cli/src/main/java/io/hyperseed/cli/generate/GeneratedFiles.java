package io.hyperseed.cli.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** File helpers shared by the generate subcommands. */
final class GeneratedFiles {

    private GeneratedFiles() {}

    /** Creates the folder that will hold {@code file}. */
    static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
