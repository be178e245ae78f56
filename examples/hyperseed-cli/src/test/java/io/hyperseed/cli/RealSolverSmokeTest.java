package io.hyperseed.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hyperseed.core.io.Instance;
import io.hyperseed.core.io.SolutionFiles;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CLI on the real adapters (skipped while an adapter is not on the classpath): a short solve, then the written
 * solution is read back and its cut recomputed by the core's hypergraph evaluator, which must agree with the
 * summary.
 */
class RealSolverSmokeTest {

    private static final Pattern OBJECTIVE = Pattern.compile("objective +(\\d+) ");

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"timefold,tabu", "timefold,neural-tabu", "optaplanner,tabu"})
    void shortSolveReportsACutThatTheEvaluatorConfirms(String framework, String config) throws Exception {
        assumeTrue(Solvers.frameworks().contains(framework), () -> "Skipped: no " + framework + " solver registered");
        Path out = dir.resolve("tiny.sol");

        Cli.Run run = Cli.run(
                "solve",
                Cli.instance("tiny.hgr"),
                "--framework",
                framework,
                "--config",
                config,
                "--time",
                "3s",
                "--set",
                "epochs=20",
                "--progress",
                "off",
                "--out",
                out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Matcher m = OBJECTIVE.matcher(run.out());
        assertThat(m.find()).as(run.out()).isTrue();
        Instance instance = Instances.read(Path.of(Cli.instance("tiny.hgr")), null);
        boolean[] values = SolutionFiles.read(out, instance.problem());
        double cut = instance.maxCutHypergraph().orElseThrow().cutWeight(values);
        assertThat(cut).isEqualTo(Double.parseDouble(m.group(1)));
        // tiny.hgr has 7 hyperedges, all cut by the side {2, 3, 7, 8}; 3 s of search must get within one of that.
        assertThat(cut).isBetween(6.0, 7.0);
    }
}
