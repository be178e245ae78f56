package io.hyperseed.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Small helpers shared by the readers: instance names, default variable names, and the frame of OR-Library files
 * that hold several instances.
 */
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

    /** Reads one instance of a multi-instance file. */
    interface InstanceStep {
        /**
         * @param s the scanner, just before the instance's first token
         * @param k the instance's 1-based position in the file
         * @param name the instance's name, {@code <file>-<k>}
         * @return the instance
         */
        Instance read(LineScanner s, int k, String name) throws IOException;
    }

    /**
     * Reads an OR-Library file of several instances: the number of instances {@code K} (checked with
     * {@code countPerByte} as by {@link LineScanner#checkCount}, and not 0), then {@code K} instances, each read by
     * {@code step} and named {@code <file>-<k>}; data after the last one fails with {@code trailingHint}. Errors of
     * the problem model are reported as by {@link #checked}. {@code O(file size)} besides {@code step}.
     */
    static List<Instance> readInstances(Path file, double countPerByte, String trailingHint, InstanceStep step)
            throws IOException {
        return checked(file, () -> {
            String base = baseName(file);
            try (LineScanner s = LineScanner.open(file)) {
                if (!s.nextTokenAnyLine("")) {
                    throw s.errorAtEnd("the file is empty; the number of instances K was expected.");
                }
                int count = s.checkCount(
                        s.nextLongAnyLine("the number of instances K", ""),
                        "the number of instances K",
                        countPerByte,
                        0);
                if (count == 0) {
                    throw s.error("the number of instances K is 0.");
                }
                List<Instance> instances = new ArrayList<>();
                for (int k = 1; k <= count; k++) {
                    instances.add(step.read(s, k, base + "-" + k));
                }
                if (s.nextTokenAnyLine("")) {
                    throw s.error("unexpected data (" + LineScanner.shorten(s.token()) + ") after the " + count
                            + " instances the file announces. " + trailingHint);
                }
                return instances;
            }
        });
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
