package io.hyperseed.core.io;

import java.nio.file.Path;

/** Small helpers shared by the readers: instance names and default variable names. */
final class ReaderSupport {

    private ReaderSupport() {
    }

    /** The file name without its last extension: {@code G70.txt -> G70}. */
    static String baseName(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
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
