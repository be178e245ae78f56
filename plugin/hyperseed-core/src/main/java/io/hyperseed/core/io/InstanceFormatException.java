package io.hyperseed.core.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file could not be read as an instance (or solution): the one exception every reader throws for malformed
 * input. The message names the file, the line (1-based; 0 when the problem is not tied to a line) and what is
 * wrong, e.g. {@code G70.txt:12: vertex (10001) is outside 1..10000}.
 */
public class InstanceFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final String problem;

    public InstanceFormatException(Path file, long line, String problem) {
        super(format(file, line, problem));
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public InstanceFormatException(Path file, long line, String problem, Throwable cause) {
        super(format(file, line, problem), cause);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    private static String format(Path file, long line, String problem) {
        return (file == null ? "<input>" : file.toString()) + (line > 0 ? ":" + line : "") + ": " + problem;
    }

    /** The file, or null for an anonymous stream. */
    public Path file() {
        return file;
    }

    /** The 1-based line, or 0 when not tied to a line. */
    public long line() {
        return line;
    }

    /** What is wrong, without the file and line. */
    public String problem() {
        return problem;
    }
}
