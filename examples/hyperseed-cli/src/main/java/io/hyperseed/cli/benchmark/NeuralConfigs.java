package io.hyperseed.cli.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Whether a configuration runs a neural phase: a built-in name starting with {@code neural}, or a solver XML file
 * that names a neural phase class. Such runs train with PyTorch's threads, and at most one of them runs at a time
 * in one JVM (DJL's gradient collector is global). {@code O(XML size)}.
 */
final class NeuralConfigs {

    private NeuralConfigs() {}

    /** True when {@code config} has a neural phase. */
    static boolean isNeural(String config) {
        String lower = config.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xml")) {
            try {
                return Files.readString(Path.of(config)).contains("Neural");
            } catch (IOException | RuntimeException e) {
                return lower.contains("neural");
            }
        }
        return lower.startsWith("neural");
    }
}
