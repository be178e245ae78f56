package io.hyperseed.cli;

import io.hyperseed.core.solve.SolveOptions;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Checks the option values shared by {@code solve} and {@code benchmark}; failures are bad input (exit 2). */
public final class Choices {

    private Choices() {}

    /**
     * A built-in configuration name, or the absolute path of an existing solver XML file.
     *
     * @throws IllegalArgumentException for anything else
     * @throws NoSuchFileException for an XML path that does not exist
     */
    public static String config(String config) throws NoSuchFileException {
        if (SolveOptions.BUILT_IN_CONFIGS.contains(config)) {
            return config;
        }
        if (!config.endsWith(".xml")) {
            throw new IllegalArgumentException("The config (" + config + ") is neither a built-in name nor an XML "
                    + "file. Maybe one of: " + String.join(", ", SolveOptions.BUILT_IN_CONFIGS) + "?");
        }
        if (!Files.isRegularFile(Path.of(config))) {
            throw new NoSuchFileException(config);
        }
        return Path.of(config).toAbsolutePath().toString();
    }

    /** {@code cpu}, {@code gpu} or {@code auto}. */
    public static String device(String device) {
        return switch (device) {
            case "cpu", "gpu", "auto" -> device;
            default ->
                throw new IllegalArgumentException(
                        "The device (" + device + ") is not one of cpu, gpu, auto. Maybe \"auto\"?");
        };
    }
}
