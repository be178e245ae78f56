package io.hyperseed.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the public benchmark data lives (G-set, seed instances, HypOp, OR-Library, SATLIB, TUDataset). It is never
 * copied into the project: the system property {@code hyperseed.data}, else the environment variable
 * {@code HYPERSEED_DATA}, else {@code ../shared/data} (relative to the working directory, then to its parent).
 *
 * <p>The one data-folder lookup of the project: tests reach it through {@link SharedData} (in the core test-jar),
 * the benchmark module ({@code examples/hyperseed-benchmarks}) depends on the test-jar for it. No plugin jar
 * carries it: the plugins and the CLI read only the files they are given. {@code O(1)} file-system checks.
 */
public final class DataDirectory {

    /** The system property naming the data folder. */
    public static final String PROPERTY = "hyperseed.data";

    private DataDirectory() {}

    /** The configured folder, whether or not it exists. */
    public static Path configured() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        String env = System.getenv("HYPERSEED_DATA");
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath().normalize();
        }
        Path here = Path.of("../shared/data").toAbsolutePath().normalize();
        if (Files.isDirectory(here)) {
            return here;
        }
        return Path.of("../../shared/data").toAbsolutePath().normalize();
    }

    /** The data folder, if it exists. */
    public static Optional<Path> find() {
        Path dir = configured();
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }

    /** A file or folder under the data folder, if it exists. */
    public static Optional<Path> find(String relative) {
        return find().map(d -> d.resolve(relative)).filter(Files::exists);
    }
}
