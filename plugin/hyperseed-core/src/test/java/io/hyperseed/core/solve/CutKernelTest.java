package io.hyperseed.core.solve;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.io.Format;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.problem.MaxCut;
import io.hyperseed.core.seed.Seed;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CutKernelTest {

    /** K4 on 0..3 with a pendant vertex 4 on 3: the pendant reduces away (offset 1), K4 stays. */
    private static final Hypergraph GRAPH = Hypergraph.builder(5)
            .addEdge(0, 1)
            .addEdge(0, 2)
            .addEdge(0, 3)
            .addEdge(1, 2)
            .addEdge(1, 3)
            .addEdge(2, 3)
            .addEdge(3, 4)
            .build();

    private static Instance instance() {
        return new Instance("g", Path.of("g.hgr"), Format.HMETIS, MaxCut.compact(GRAPH, "g"), GRAPH);
    }

    @Test
    void theResultIsEvaluatedOnTheOriginalInstanceAndItsTimeIncludesThatEvaluation() {
        Instance original = instance();
        CutKernel kernel = CutKernel.of(original, true);
        assertThat(kernel.isReduced()).isTrue();
        Instance solved = kernel.solved();
        boolean[] best = new boolean[solved.problem().numVariables()];
        best[0] = true; // one vertex of K4 alone: 3 of its 6 edges cut, plus the pendant edge
        Solution onKernel = Solution.evaluate(solved.problem(), best);
        Seed seed = new Seed(onKernel, "test", Duration.ofMillis(3), Map.of());
        ProgressPoint point = new ProgressPoint(Duration.ofMillis(5), onKernel.objective(), 0.0, "tabu");
        long start = System.nanoTime() - Duration.ofMillis(50).toNanos();

        SolveResult result = kernel.result("fw", "tabu", best, seed, Duration.ofMillis(3), start, List.of(point), 7L);

        Solution lifted = Solution.evaluate(original.problem(), kernel.lift(best));
        assertThat(result.solution().objective()).isEqualTo(lifted.objective()).isEqualTo(4.0);
        assertThat(result.solution().values()).hasSize(5);
        assertThat(result.seed().solution().objective()).isEqualTo(4.0);
        assertThat(result.bestOverTime())
                .singleElement()
                .satisfies(p -> assertThat(p.objective()).isEqualTo(4.0));
        assertThat(result.totalTime()).isGreaterThanOrEqualTo(Duration.ofMillis(50));
        assertThat(result.moveEvaluationSpeed()).isEqualTo(7L);
    }

    @Test
    void withoutAReductionTheResultIsTheAssignmentAsGiven() {
        Instance original = instance();
        CutKernel kernel = CutKernel.of(original, false);
        boolean[] best = {true, false, false, true, false};

        SolveResult result = kernel.result("fw", "tabu", best, null, Duration.ZERO, System.nanoTime(), List.of(), 0L);

        assertThat(result.solution().values()).containsExactly(best);
        assertThat(result.solution().objective()).isEqualTo(5.0);
        assertThat(result.seed()).isNull();
    }
}
