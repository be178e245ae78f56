package io.hyperseed.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperseed.core.io.InstanceFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunsCsvTest {

    @TempDir
    Path dir;

    private static BenchmarkReport report(List<RunRecord> runs) {
        return new BenchmarkReport(
                "t",
                ZonedDateTime.parse("2026-12-01T10:00:00Z"),
                new MachineInfo("cpu", 2, 1L << 33, 1L << 31, "jvm", "os"),
                Map.of(),
                runs,
                null);
    }

    @Test
    void runsReadBackExactlyAsWritten() throws Exception {
        RunRecord neural = Runs.withReference(
                Runs.run(3, "cora, \"v2\"", "neural-tabu", 1, 1398.5, 0.9, 1390.25, 4.123, 1398.5),
                1400,
                "best.csv (best_known)");
        RunRecord failed = new RunRecord(
                0,
                2,
                "toy",
                "optaplanner",
                "tabu",
                0,
                1L,
                Duration.ofMillis(200),
                Double.NaN,
                Double.NaN,
                false,
                Double.NaN,
                Duration.ZERO,
                Duration.ofMillis(17),
                Duration.ofMillis(3),
                RunRecord.CPU_THREAD,
                1,
                0,
                Double.NaN,
                "",
                false,
                List.of(),
                "IllegalStateException: no, really");
        Path file = dir.resolve("runs.csv");

        CsvReportWriter.write(report(List.of(neural, failed)), file);
        List<RunRecord> back = CsvReportReader.read(file);

        assertThat(back).containsExactly(failed, neural);
        assertThat(Files.readAllLines(file).get(0))
                .startsWith("run,order,instance,framework,config,repeat,seed")
                .contains("cpu_time_s,cpu_scope,threads", "time_to_99.5%_s,time_to_100%_s")
                .endsWith("best_over_time");
    }

    @Test
    void timeToTargetColumnsUseTheReference() throws Exception {
        RunRecord run = Runs.withReference(
                Runs.run(0, "cora", "neural-tabu", 0, 1400, 0.5, 1380, 2.0, 1394, 6.0, 1400), 1400, "refcut");
        Path file = dir.resolve("runs.csv");

        CsvReportWriter.write(report(List.of(run)), file);

        assertThat(Files.readAllLines(file).get(1)).contains(",2.000,6.000,true,");
    }

    @Test
    void badCellFailsWithFileAndLine() throws Exception {
        Path file = dir.resolve("runs.csv");
        CsvReportWriter.write(report(List.of(Runs.run(0, "a", "tabu", 0, 5, 1.0, 5))), file);
        List<String> lines = Files.readAllLines(file);
        Files.write(file, List.of(lines.get(0), lines.get(1).replaceFirst("^0,0,", "x,0,")));

        assertThatThrownBy(() -> CsvReportReader.read(file))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining("runs.csv")
                .hasMessageContaining(":2");
    }
}
