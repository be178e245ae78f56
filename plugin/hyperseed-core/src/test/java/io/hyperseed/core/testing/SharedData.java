package io.hyperseed.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

/**
 * Test access to the public data folder ({@code ../shared/data}, or {@code -Dhyperseed.data}); tests that need it
 * are skipped with a clear message when it is absent (a user's fresh clone).
 */
public final class SharedData {

    private SharedData() {}

    /** The file or folder {@code relative} under the data folder; skips the test when missing. */
    public static Path require(String relative) {
        Path dir = DataDirectory.configured();
        Path target = dir.resolve(relative);
        assumeTrue(
                target.toFile().exists(),
                () -> "Skipped: public data " + target + " not found (set -D" + DataDirectory.PROPERTY
                        + "=DIR to the shared data folder to run this test).");
        return target;
    }
}
