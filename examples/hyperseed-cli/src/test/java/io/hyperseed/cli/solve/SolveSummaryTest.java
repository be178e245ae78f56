package io.hyperseed.cli.solve;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.io.Format;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.problem.MaxCut;
import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.solve.ProgressPoint;
import io.hyperseed.core.solve.SolveOptions;
import io.hyperseed.core.solve.SolveResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SolveSummaryTest {

    private static final Hypergraph TRIANGLE =
            Hypergraph.builder(3).addEdge(0, 1).addEdge(1, 2).addEdge(0, 2).build();
    private static final Instance INSTANCE = new Instance(
            "triangle", Path.of("triangle.hgr"), Format.HMETIS, MaxCut.compact(TRIANGLE, "triangle"), TRIANGLE);
    private static final SolveOptions OPTIONS = SolveOptions.of("tabu", Duration.ofSeconds(1));

    private static String print(SolveResult result) {
        StringWriter text = new StringWriter();
        new SolveSummary(INSTANCE, OPTIONS, result, Double.NaN, false).print(new PrintWriter(text));
        return text.toString();
    }

    @Test
    void aSolveWhoseBudgetEndedBeforeAnyPhaseSaysItsResultIsTheUnassignedStart() {
        Solution unassigned = Solution.evaluate(INSTANCE.problem(), new boolean[3]);
        SolveResult result = new SolveResult(
                "fake", "tabu", unassigned, null, Duration.ZERO, Duration.ofMillis(2800), List.of(), 0L);

        assertThat(print(result))
                .contains("warning", "unassigned start", "2.8s")
                .contains("objective    0");
    }

    @Test
    void aSolveWithASeedHasNoWarning() {
        Solution solved = Solution.evaluate(INSTANCE.problem(), new boolean[] {true, false, false});
        Seed seed = new Seed(solved, "greedy", Duration.ofMillis(5), Map.of());
        SolveResult result = new SolveResult(
                "fake",
                "tabu",
                solved,
                seed,
                Duration.ofMillis(5),
                Duration.ofSeconds(1),
                List.of(new ProgressPoint(Duration.ofMillis(5), 2, 0, "construction")),
                0L);

        assertThat(print(result)).doesNotContain("warning").contains("objective    2");
    }
}
