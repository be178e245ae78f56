package io.hyperseed.bench;

import io.hyperseed.core.io.Format;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.io.InstanceFiles;
import io.hyperseed.core.testing.DataDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --data DIR} option shared by every benchmark, and instance lookup through the core readers
 * ({@link InstanceFiles}) only: an instance argument is a file path, or a path relative to the data folder
 * ({@link DataDirectory}: {@code -Dhyperseed.data}, {@code HYPERSEED_DATA}, then {@code ../shared/data}).
 */
public final class DataOptions {

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "The public data folder (default: -Dhyperseed.data, HYPERSEED_DATA, ../shared/data).")
    private Path data;

    /** The data folder in use. */
    public Path folder() {
        return data != null ? data.toAbsolutePath().normalize() : DataDirectory.configured();
    }

    /**
     * The file named by {@code name}: the path itself when it exists, else {@code name} under the data folder.
     *
     * @throws IllegalArgumentException when neither exists
     */
    public Path resolve(String name) {
        Path direct = Path.of(name);
        if (Files.exists(direct)) {
            return direct;
        }
        Path underData = folder().resolve(name);
        if (Files.exists(underData)) {
            return underData;
        }
        throw new IllegalArgumentException("The instance (" + name + ") is neither a file nor under the data folder "
                + folder() + ". Maybe pass --data DIR (the shared data folder)?");
    }

    /** Every name resolved ({@link #resolve}), in order. */
    public List<Path> resolveAll(List<String> names) {
        List<Path> files = new ArrayList<>(names.size());
        for (String name : names) {
            files.add(resolve(name));
        }
        return files;
    }

    /** The one instance in {@code name} (format detected when {@code format} is null), read by the core readers. */
    public Instance read(String name, Format format) throws IOException {
        return InstanceFiles.readSingle(resolve(name), format);
    }
}
