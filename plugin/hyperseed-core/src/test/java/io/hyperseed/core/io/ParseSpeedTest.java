package io.hyperseed.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.testing.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The readers' speed budget: G70 and the largest HypOp synthetic file parse in under one second on a warm JVM
 * (best of three after two warm-up parses; typical values are tens of milliseconds, see {@link ParseBenchmark}).
 */
class ParseSpeedTest {

    @ParameterizedTest
    @ValueSource(strings = {"gset/graphs/G70.txt", "hypop/synthetic_original/Hyp_8901_13058.txt"})
    void parsesWithinOneSecondWarm(String relative) throws IOException {
        Path file = SharedData.require(relative);
        InstanceFiles.read(file);
        InstanceFiles.read(file);
        long best = Long.MAX_VALUE;
        for (int k = 0; k < 3; k++) {
            long start = System.nanoTime();
            InstanceFiles.read(file);
            best = Math.min(best, System.nanoTime() - start);
        }
        assertThat(best / 1e9).as("best parse time of %s in seconds", relative).isLessThan(1.0);
    }
}
