package io.hyperseed.graphap.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A TUDataset file that cannot be read as the format requires. The message names the file, the 1-based line (0 when
 * the problem concerns the whole file) and the problem, e.g. {@code MUTAG_A.txt:12: expected "row, col" (found
 * "7 8"). Maybe ...}.
 */
public final class TuDatasetFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final Path file;
    private final long line;
    private final String problem;

    /**
     * @param file the file being read
     * @param line 1-based line number, 0 when the problem is not tied to one line
     * @param problem what is wrong, with the bad value in parentheses
     */
    public TuDatasetFormatException(Path file, long line, String problem) {
        super(file.getFileName() + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** @return the file being read */
    public Path file() {
        return file;
    }

    /** @return 1-based line number, 0 when the problem concerns the whole file */
    public long line() {
        return line;
    }

    /** @return the problem, without file and line */
    public String problem() {
        return problem;
    }
}
