package io.hyperseed.cli.benchmark;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands instance patterns ({@code data/gset/graphs/G1*.txt}, {@code data/**}{@code /*.hgr}, or plain paths,
 * {@code bqp50.txt#3} naming one instance of a multi-instance file) to files, in pattern order, each pattern's matches sorted by name, without duplicates. The folder part before
 * the first wildcard is walked ({@code O(files below it)}); the shell may also have expanded the globs already.
 */
public final class InstanceGlobs {

    private InstanceGlobs() {}

    /**
     * The files matched by {@code patterns}.
     *
     * @throws IllegalArgumentException when a pattern matches nothing or names a folder
     * @throws NoSuchFileException when a plain path does not exist
     */
    public static List<Path> expand(List<String> patterns) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        for (String pattern : patterns) {
            files.addAll(expand(pattern));
        }
        return List.copyOf(files);
    }

    /** True for {@code FILE#k} where FILE is a file: one instance of a multi-instance file, read as solve reads it. */
    private static boolean selectsOneInstance(String pattern) {
        int hash = pattern.lastIndexOf('#');
        return hash > 0
                && hash < pattern.length() - 1
                && pattern.substring(hash + 1).chars().allMatch(Character::isDigit)
                && Files.isRegularFile(Path.of(pattern.substring(0, hash)));
    }

    private static List<Path> expand(String pattern) throws IOException {
        String normalized = pattern.replace('\\', '/');
        String[] segments = normalized.split("/", -1);
        int firstGlob = -1;
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{')) {
                firstGlob = i;
                break;
            }
        }
        if (firstGlob < 0) {
            Path file = Path.of(pattern);
            if (!Files.exists(file) && selectsOneInstance(pattern)) {
                return List.of(file);
            }
            if (!Files.exists(file)) {
                throw new NoSuchFileException(pattern);
            }
            if (Files.isDirectory(file)) {
                throw new IllegalArgumentException(
                        "The instance path (" + pattern + ") is a folder. Maybe \"" + pattern + "/*\"?");
            }
            return List.of(file);
        }
        String baseText = String.join("/", Arrays.copyOfRange(segments, 0, firstGlob));
        Path base = firstGlob == 0 ? Path.of(".") : Path.of(baseText.isEmpty() ? "/" : baseText);
        String rest = String.join("/", Arrays.copyOfRange(segments, firstGlob, segments.length));
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        int depth = rest.contains("**") ? Integer.MAX_VALUE : segments.length - firstGlob;
        boolean relative = firstGlob == 0;
        List<Path> matches = new ArrayList<>();
        if (Files.isDirectory(base)) {
            Path root = base;
            try (Stream<Path> walk = Files.walk(root, depth)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> matcher.matches(
                                Path.of(root.relativize(p).toString().replace('\\', '/'))))
                        .sorted()
                        .forEach(p -> matches.add(relative ? root.relativize(p) : p));
            }
        }
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("The instance pattern (" + pattern + ") matches no file. Maybe "
                    + "quote it so the shell leaves it alone, or check the folder?");
        }
        return matches;
    }
}
