package io.hyperseed.optaplanner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OptaplannerBenchmarkTest {

    @Test
    void smokeRunPrintsTheMachineAndOneRowPerInstance() {
        Path g22 = SharedData.require("gset/graphs/G22.txt");
        SharedData.require("seed-bip/cora_hypergraph.txt");
        Path data = g22.getParent().getParent().getParent();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream previous = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            OptaplannerBenchmark.main(new String[] {"--data", data.toString(), "--seconds", "1", "--configs", "tabu"});
        } finally {
            System.setOut(previous);
        }

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("# machine:").contains("# settings: 1 s per run");
        assertThat(printed.lines().filter(l -> l.contains("\ttabu\t"))).hasSize(2)
                .allSatisfy(row -> assertThat(row).contains("\ttrue\t").contains("greedy"));
    }
}
