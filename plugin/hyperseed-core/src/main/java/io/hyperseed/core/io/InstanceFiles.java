package io.hyperseed.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The entry point for reading instance files: picks the reader for a {@link Format} (given, or told by
 * {@link FormatDetector}) and selects one instance of a multi-instance file with a {@code #k} suffix
 * ({@code bqp50.txt#3} is the third instance, 1-based). Every failure is an {@link InstanceFormatException} naming
 * the file (and line), including a directory or an unreadable file given as the instance; only a missing file is
 * the JDK's {@link java.nio.file.NoSuchFileException}.
 */
public final class InstanceFiles {

    private InstanceFiles() {}

    /** The reader for {@code format}. */
    public static InstanceReader reader(Format format) {
        return switch (format) {
            case HMETIS -> new HmetisReader();
            case HYPOP -> new HypopReader();
            case BIPNN -> new BipnnReader();
            case RUDY -> new RudyReader();
            case ORLIB_BQP -> new OrlibBqpReader();
            case ORLIB_MKNAP -> new OrlibMknapReader();
            case DIMACS_CNF -> new DimacsCnfReader();
            case DIMACS_WCNF -> new DimacsWcnfReader();
            case PUBO -> new PuboReader();
            case SCHOLP -> new ScholpReader();
        };
    }

    /** The format of {@code file}: see {@link FormatDetector}. */
    public static Format detect(Path file) throws IOException {
        requireReadableFile(file);
        return FormatDetector.detect(file);
    }

    /**
     * Fails with a plain {@link InstanceFormatException} for a directory or an unreadable file, and with
     * {@link java.nio.file.NoSuchFileException} for a missing one.
     */
    static void requireReadableFile(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new InstanceFormatException(
                    file, 0, "this is a directory, not an instance file. Maybe name one " + "of the files in it?");
        }
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (!Files.isReadable(file)) {
            throw new InstanceFormatException(
                    file, 0, "the file cannot be read (no permission). Maybe check its " + "owner and mode?");
        }
    }

    /** Every instance in {@code file}, format detected. */
    public static List<Instance> read(Path file) throws IOException {
        return read(file, null);
    }

    /** Every instance in {@code file} read as {@code forced} (detected when null). */
    public static List<Instance> read(Path file, Format forced) throws IOException {
        requireReadableFile(file);
        Format format = forced != null ? forced : detect(file);
        return reader(format).read(file);
    }

    /**
     * The one instance in {@code file}, format detected when {@code formatOrNull} is null. A file name ending in
     * {@code #k} (when no file of that exact name exists) selects the k-th instance of a multi-instance file; a
     * multi-instance file without a selector is an error that lists how to pick one.
     */
    public static Instance readSingle(Path file, Format formatOrNull) throws IOException {
        Path target = file;
        int selector = 0;
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int hash = name.lastIndexOf('#');
        if (!Files.exists(file) && hash > 0) {
            String digits = name.substring(hash + 1);
            target = file.resolveSibling(name.substring(0, hash));
            if (!BipnnReader.isInteger(digits)
                    || digits.startsWith("-")
                    || digits.length() > 9
                    || Integer.parseInt(digits) == 0) {
                throw new InstanceFormatException(
                        target,
                        0,
                        "the instance selector (#" + LineScanner.shorten(digits)
                                + ") is not a positive number. Maybe write " + name.substring(0, hash) + "#1?");
            }
            selector = Integer.parseInt(digits);
        }
        List<Instance> all = read(target, formatOrNull);
        if (selector == 0) {
            if (all.size() != 1) {
                throw new InstanceFormatException(
                        target,
                        0,
                        "the file holds " + all.size() + " instances. Maybe pick one with " + name + "#1 .. " + name
                                + "#" + all.size() + "?");
            }
            return all.get(0);
        }
        if (selector > all.size()) {
            throw new InstanceFormatException(
                    target,
                    0,
                    "the instance selector (#" + selector + ") is outside 1.." + all.size()
                            + ", the instances the file holds.");
        }
        return all.get(selector - 1);
    }
}
