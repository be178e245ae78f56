package io.hyperseed.cli;

import io.hyperseed.core.io.Format;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.io.InstanceFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads the one instance a command works on through the core's {@link InstanceFiles} ({@code FILE#k} selects the
 * k-th instance of a multi-instance file). Every bad input ends in exit code 2 with a plain message: a missing file
 * is a {@link java.nio.file.NoSuchFileException}; a directory, an unreadable file, an undetectable format or a
 * header that disagrees with the body an {@link io.hyperseed.core.io.InstanceFormatException} (both raised by the
 * core, so every caller gets them).
 */
public final class Instances {

    private Instances() {}

    /** Reads {@code file} as {@code format}, or detects the format when null. */
    public static Instance read(Path file, Format format) throws IOException {
        return InstanceFiles.readSingle(file, format);
    }
}
