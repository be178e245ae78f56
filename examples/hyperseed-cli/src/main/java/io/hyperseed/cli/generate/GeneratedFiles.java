package io.hyperseed.cli.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** File helpers shared by the generate subcommands. */
final class GeneratedFiles {

    private GeneratedFiles() {}

    /** Writes a generated instance to a file. */
    interface FileWrite {
        void to(Path file) throws IOException;
    }

    /**
     * Creates the folder that will hold {@code out}, writes the file with {@code write}, and prints
     * {@code wrote OUT: summary} on the command's standard output.
     */
    static void write(CommandSpec spec, Path out, FileWrite write, String summary) throws IOException {
        createParent(out);
        write.to(out);
        spec.commandLine().getOut().println("wrote " + out + ": " + summary);
    }

    /** Creates the folder that will hold {@code file}. */
    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
