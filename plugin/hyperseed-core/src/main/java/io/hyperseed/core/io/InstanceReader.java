package io.hyperseed.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads one file format. Implementations are stateless and thread-safe, never swallow {@link IOException}, and
 * throw {@link InstanceFormatException} (file, line, problem) for malformed input. Multi-instance formats
 * (OR-Library) return several instances.
 */
public interface InstanceReader {

    /** The format this reader reads. */
    Format format();

    /** Reads every instance in {@code file}. */
    List<Instance> read(Path file) throws IOException;
}
