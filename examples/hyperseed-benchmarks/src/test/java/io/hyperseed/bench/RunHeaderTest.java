package io.hyperseed.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RunHeaderTest {

    @Test
    void theHeaderNamesCommandMachineLoadAndSettingsOnCommentLines() {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            RunHeader.print(out, "core", "1 s per run");
        }

        assertThat(text.toString().lines())
                .hasSize(4)
                .allSatisfy(line -> assertThat(line).startsWith("# "));
        assertThat(text.toString())
                .contains("# hyperseed-benchmarks core, ")
                .containsPattern("# machine: \\d+ cores \\(")
                .contains("# settings: 1 s per run");
    }

    @Test
    void theLoadAverageIsThreeNumbersOnLinux() {
        assertThat(RunHeader.loadAverage()).matches("[0-9.]+ [0-9.]+ [0-9.]+|unknown.*");
    }
}
