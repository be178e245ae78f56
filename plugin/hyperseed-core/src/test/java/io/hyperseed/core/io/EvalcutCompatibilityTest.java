package io.hyperseed.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Solution files are accepted by the independent evaluator {@code shared/tools/evalcut.py}, which shares no code
 * with Hyperseed, and it counts the same cut as {@link Hypergraph#cutWeight}. Skipped without the shared folder or
 * without {@code python3}.
 */
class EvalcutCompatibilityTest {

    private static final Pattern CUT = Pattern.compile("cut=(\\S+) of (\\S+)");

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "bipnn, seed-bip/citeseer_graph.txt",
        "hypop, hypop/synthetic_original/Hyp_453_673.txt",
        "hgr, hmetis_examples/weighted_hyperedges_and_hypernodes_hypergraph.hgr",
        "rudy, gset/graphs/G10.txt"
    })
    void evalcutCountsTheSameCutForOurSolutionFile(String evalFormat, String relative) throws Exception {
        Path evalcut = SharedData.require("../tools/evalcut.py");
        Path file = SharedData.require(relative);
        Instance instance = InstanceFiles.readSingle(file, null);
        Hypergraph graph = instance.hypergraph();
        Random random = new Random(relative.hashCode());
        boolean[] side = new boolean[graph.numVertices()];
        for (int v = 0; v < side.length; v++) {
            side[v] = random.nextBoolean();
        }
        Path out = dir.resolve("solution.txt");
        SolutionFiles.write(out, instance, Solution.evaluate(instance.problem(), side), Map.of("seed", "test"));

        String output = run("python3", evalcut.toString(), evalFormat, file.toString(), out.toString());
        Matcher m = CUT.matcher(output);
        assertThat(m.find()).as("evalcut output: %s", output).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isEqualTo(graph.cutWeight(side));
        assertThat(Double.parseDouble(m.group(1))).isEqualTo(instance.problem().objectiveValue(side));
        assertThat(Double.parseDouble(m.group(2))).isEqualTo(graph.totalEdgeWeight());
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "Skipped: python3 is not available (" + e.getMessage() + ").");
            throw e;
        }
        byte[] bytes = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(bytes, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("evalcut output: %s", output).isZero();
        return output;
    }
}
