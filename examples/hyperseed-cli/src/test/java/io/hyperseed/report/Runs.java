package io.hyperseed.report;

import io.hyperseed.core.solve.ProgressPoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Run records for report tests. */
final class Runs {

    private Runs() {}

    /** A successful maximising run whose best rose through {@code events} (seconds, objective pairs). */
    static RunRecord run(int id, String instance, String config, int repeat, double objective, double... events) {
        List<ProgressPoint> points = new ArrayList<>();
        for (int i = 0; i < events.length; i += 2) {
            points.add(new ProgressPoint(
                    Duration.ofMillis(Math.round(events[i] * 1000)), events[i + 1], 0.0, i == 0 ? "neural" : "tabu"));
        }
        return new RunRecord(
                id,
                id,
                instance,
                "timefold",
                config,
                repeat,
                1L + repeat,
                Duration.ofSeconds(10),
                objective,
                0.0,
                true,
                config.startsWith("neural") ? events[1] : Double.NaN,
                Duration.ofMillis(1500),
                Duration.ofMillis(10_020),
                Duration.ofMillis(12_345),
                RunRecord.CPU_PROCESS,
                1,
                12_000,
                Double.NaN,
                "",
                true,
                points,
                "");
    }

    /** The same run with a reference value. */
    static RunRecord withReference(RunRecord r, double reference, String source) {
        return new RunRecord(
                r.run(),
                r.order(),
                r.instance(),
                r.framework(),
                r.config(),
                r.repeat(),
                r.seed(),
                r.timeBudget(),
                r.objective(),
                r.violation(),
                r.feasible(),
                r.seedObjective(),
                r.seedTime(),
                r.totalTime(),
                r.cpuTime(),
                r.cpuScope(),
                r.threads(),
                r.moveEvaluationSpeed(),
                reference,
                source,
                r.maximize(),
                r.bestOverTime(),
                r.error());
    }
}
