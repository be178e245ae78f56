package io.hyperseed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.cli.solve.ProgressDisplay;
import io.hyperseed.core.seed.SeedProgress;
import io.hyperseed.core.solve.ProgressPoint;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {

    private final AtomicLong clock = new AtomicLong();
    private final StringWriter text = new StringWriter();

    private ProgressDisplay display(ProgressDisplay.Mode mode) {
        return new ProgressDisplay(
                new PrintWriter(text), mode, Duration.ofSeconds(10), Duration.ofSeconds(2), clock::get);
    }

    @Test
    void plainLinesAreThrottledToTheInterval() {
        try (ProgressDisplay d = display(ProgressDisplay.Mode.LINES)) {
            for (int epoch = 1; epoch <= 30; epoch++) {
                clock.addAndGet(Duration.ofMillis(100).toNanos());
                d.onSeedProgress(new SeedProgress(epoch, -epoch, 0.5, 10 + epoch, 0, 0.2, Duration.ZERO));
            }
        }
        // 3 s of events every 100 ms with a 2 s interval: the first, one 2 s later, and the last pending one.
        assertThat(text.toString().lines()).hasSize(3);
        assertThat(text.toString().lines().reduce((a, b) -> b).orElseThrow()).contains("epoch 30", "rounded 40");
    }

    @Test
    void barRedrawsOneLineAndClearsItAtTheEnd() {
        try (ProgressDisplay d = display(ProgressDisplay.Mode.BAR)) {
            clock.set(Duration.ofSeconds(5).toNanos());
            d.onNewBest(new ProgressPoint(Duration.ofSeconds(5), 1384, 0, "tabu"));
        }
        assertThat(text.toString())
                .startsWith("\r[############------------] 5.0s/10.0s  solving   best 1384")
                .doesNotContain("\n")
                .endsWith("\r");
    }

    @Test
    void offPrintsNothing() {
        try (ProgressDisplay d = display(ProgressDisplay.Mode.OFF)) {
            d.onNewBest(new ProgressPoint(Duration.ofSeconds(1), 3, 0, "tabu"));
        }
        assertThat(text.toString()).isEmpty();
    }
}
