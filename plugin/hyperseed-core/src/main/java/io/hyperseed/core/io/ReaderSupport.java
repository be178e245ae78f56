package io.hyperseed.core.io;

import java.io.IOException;
import java.nio.file.Path;

/** Small helpers shared by the readers: instance names and default variable names. */
final class ReaderSupport {

    private ReaderSupport() {}

    /** The file name without its last extension: {@code G70.txt -> G70}. */
    static String baseName(Path file) {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** A reading step that may fail with an {@link IOException}. */
    interface Step<T> {
        T run() throws IOException;
    }

    /**
     * Runs {@code step}, turning an {@link IllegalArgumentException} of the problem model (a sum of coefficients
     * that overflows, say) into an {@link InstanceFormatException} for {@code file}, so that no reader lets another
     * exception type escape for bad data.
     */
    static <T> T checked(Path file, Step<T> step) throws IOException {
        try {
            return step.run();
        } catch (IllegalArgumentException e) {
            throw new InstanceFormatException(
                    file,
                    0,
                    "the numbers do not form a valid problem: " + e.getMessage()
                            + " Maybe some values are far too large?",
                    e);
        }
    }

    /** {@code prefix1 .. prefix<n>}: 1-based names as the source files number their items. */
    static String[] oneBasedNames(String prefix, int n) {
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = prefix + (i + 1);
        }
        return names;
    }
}
