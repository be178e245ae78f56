package io.hyperseed.cli;

import io.hyperseed.core.io.Format;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.io.InstanceFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the one instance a command works on through the core's {@link InstanceFiles} ({@code FILE#k} selects the
 * k-th instance of a multi-instance file), turning a missing file into {@link NoSuchFileException} (exit 2).
 */
public final class Instances {

    private Instances() {
    }

    /** Reads {@code file} as {@code format}, or detects the format when null. */
    public static Instance read(Path file, Format format) throws IOException {
        if (!Files.exists(file) && !file.toString().contains("#")) {
            throw new NoSuchFileException(file.toString());
        }
        return InstanceFiles.readSingle(file, format);
    }
}
