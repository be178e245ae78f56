package io.hyperseed.neural.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class TimeBudgetTest {

    @Test
    void allowsOnlyStepsThatEndBeforeTheDeadline() {
        TimeBudget budget = TimeBudget.startingNow(Duration.ofSeconds(10), () -> false);

        assertThat(budget.allows(1_000_000_000L)).isTrue();
        assertThat(budget.allows(11_000_000_000L)).isFalse();
        assertThat(budget.expired()).isFalse();
        assertThat(budget.reserving(9_999_000_000L).allows(1_000_000_000L)).isFalse();
    }

    @Test
    void stopSignalEndsTheBudgetAtOnce() {
        AtomicBoolean stop = new AtomicBoolean();
        TimeBudget budget = TimeBudget.startingNow(Duration.ofHours(1), stop::get);
        assertThat(budget.asStopSignal().getAsBoolean()).isFalse();

        stop.set(true);

        assertThat(budget.stopRequested()).isTrue();
        assertThat(budget.allows(1)).isFalse();
        assertThat(budget.asStopSignal().getAsBoolean()).isTrue();
    }

    @Test
    void deadlinePassesAfterTheLimit() throws InterruptedException {
        TimeBudget budget = TimeBudget.startingNow(Duration.ofMillis(20), () -> false);
        Thread.sleep(40);
        assertThat(budget.expired()).isTrue();
        assertThat(budget.remainingNanos()).isNegative();
        assertThat(budget.elapsedNanos()).isGreaterThanOrEqualTo(20_000_000L);
    }

    @Test
    void nonPositiveLimitIsRejected() {
        assertThatThrownBy(() -> TimeBudget.startingNow(Duration.ZERO, () -> false))
                .hasMessageContaining("(PT0S)");
    }
}
