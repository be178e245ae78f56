package io.hyperseed.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperseed.core.solve.ProgressPoint;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeToTargetTest {

    @Test
    void targetIsAFractionOfTheReferenceInTheObjectivesDirection() {
        assertThat(TimeToTarget.target(1400, 0.995, true)).isEqualTo(1393.0);
        assertThat(TimeToTarget.target(1400, 1.0, true)).isEqualTo(1400.0);
        assertThat(TimeToTarget.target(-200, 0.995, false)).isEqualTo(-199.0);
        assertThatThrownBy(() -> TimeToTarget.target(1, 1.5, true)).hasMessageContaining("(1.5)");
    }

    @Test
    void firstEventAtOrPastTheTargetGivesTheTime() {
        RunRecord run = Runs.run(0, "cora", "neural-tabu", 0, 1400, 0.8, 1380, 2.5, 1394, 7.25, 1400);

        assertThat(TimeToTarget.seconds(run, TimeToTarget.target(1400, 0.995, true)))
                .isEqualTo(2.5);
        assertThat(TimeToTarget.seconds(run, 1400)).isEqualTo(7.25);
        assertThat(TimeToTarget.seconds(run, 1401)).isInfinite();
        assertThat(TimeToTarget.seconds(run, Double.NaN)).isNaN();
    }

    @Test
    void infeasibleEventsDoNotCountAndFailedRunsNeverReach() {
        RunRecord base = Runs.run(0, "toy", "tabu", 0, 10, 1.0, 10);
        RunRecord infeasibleFirst = new RunRecord(
                0,
                0,
                "toy",
                "timefold",
                "tabu",
                0,
                1L,
                Duration.ofSeconds(5),
                10,
                0,
                true,
                Double.NaN,
                Duration.ZERO,
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                RunRecord.CPU_PROCESS,
                1,
                0,
                Double.NaN,
                "",
                true,
                List.of(
                        new ProgressPoint(Duration.ofSeconds(1), 12, 3, "construction"),
                        new ProgressPoint(Duration.ofSeconds(2), 10, 0, "tabu")),
                "");
        RunRecord failed = new RunRecord(
                0,
                0,
                "toy",
                "timefold",
                "tabu",
                0,
                1L,
                Duration.ofSeconds(5),
                Double.NaN,
                Double.NaN,
                false,
                Double.NaN,
                Duration.ZERO,
                Duration.ofSeconds(1),
                Duration.ZERO,
                RunRecord.CPU_PROCESS,
                1,
                0,
                Double.NaN,
                "",
                true,
                List.of(),
                "boom");

        assertThat(TimeToTarget.seconds(base, 10)).isEqualTo(1.0);
        assertThat(TimeToTarget.seconds(infeasibleFirst, 10)).isEqualTo(2.0);
        assertThat(TimeToTarget.seconds(failed, 1)).isInfinite();
    }

    @Test
    void labelsAreShortPercentages() {
        assertThat(TimeToTarget.label(0.995)).isEqualTo("99.5%");
        assertThat(TimeToTarget.label(1.0)).isEqualTo("100%");
    }
}
