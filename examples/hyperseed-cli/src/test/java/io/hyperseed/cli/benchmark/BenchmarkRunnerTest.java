package io.hyperseed.cli.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BenchmarkRunnerTest {

    @Test
    void multiLineSolverMessagesBecomeOneCsvCell() {
        assertThat(BenchmarkRunner.oneLine("Solving failed.\n  Caused by: x\r\n  at y\n"))
                .isEqualTo("Solving failed. | Caused by: x | at y");
    }

    @Test
    void optionsRejectNoParallelismAndNegativeWarmUp() {
        assertThatThrownBy(() -> new BenchmarkRunner.Options(0, Duration.ZERO, 1))
                .hasMessageContaining("parallel runs (0)");
        assertThatThrownBy(() -> new BenchmarkRunner.Options(1, Duration.ofSeconds(-1), 1))
                .hasMessageContaining("warm-up (PT-1S)");
    }
}
