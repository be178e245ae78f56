package io.hyperseed.core.solve;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.generate.RandomPrograms;
import io.hyperseed.core.io.Format;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.Literal;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.problem.Knapsack;
import io.hyperseed.core.problem.MaxCut;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class HybridPolicyTest {

    private static final Hypergraph TRIANGLE =
            Hypergraph.builder(3).addEdge(0, 1).addEdge(1, 2).addEdge(0, 2).build();
    private static final Instance INSTANCE = new Instance(
            "triangle", Path.of("triangle.hgr"), Format.HMETIS, MaxCut.compact(TRIANGLE, "triangle"), TRIANGLE);

    @Test
    void aShippedConfigGetsTheInstancesLossUnit() {
        SolveOptions options = new SolveOptions("simulated-annealing", Duration.ofSeconds(10), 1, "auto", Map.of());
        // at a best cut (2 of 3 edges) moving the lone vertex loses 2, moving another one loses nothing
        assertThat(HybridPolicy.annealingUnit(options, INSTANCE, System.nanoTime()))
                .hasValue(2L);
    }

    @Test
    void theDefaultConfigIsSeededAnnealingExceptForConstraintsAndClauses() {
        PuboProblem knapsack = Knapsack.of("k", new double[] {3, 4, 5}, new double[][] {{2, 3, 4}}, new double[] {5});
        Instance program = new Instance("k", Path.of("k.mknap"), Format.ORLIB_MKNAP, knapsack, null);
        PuboProblem formula = RandomPrograms.plantedSat(10, 40, 3, 1).toProblem("sat");
        Instance sat = new Instance("sat", Path.of("sat.cnf"), Format.DIMACS_CNF, formula, null);
        PuboProblem qubo = PuboProblem.of(
                "q",
                Sense.MAXIMIZE,
                Polynomial.builder(2)
                        .addTerm(2, Literal.positive(0), Literal.positive(1))
                        .addTerm(-1, Literal.positive(0))
                        .build());
        Instance unconstrained = new Instance("q", Path.of("q.pubo"), Format.PUBO, qubo, null);

        // max-cut's compact form is clause-shaped too (not-all-equal clauses), and stays with annealing
        assertThat(HybridPolicy.defaultConfig(INSTANCE)).isEqualTo("neural-simulated-annealing");
        assertThat(HybridPolicy.defaultConfig(program)).isEqualTo("neural-tabu");
        assertThat(HybridPolicy.defaultConfig(sat)).isEqualTo("neural-tabu");
        assertThat(HybridPolicy.defaultConfig(unconstrained)).isEqualTo("neural-simulated-annealing");
        assertThat(SolveOptions.BUILT_IN_CONFIGS)
                .contains(HybridPolicy.DEFAULT_CONFIG, HybridPolicy.DEFAULT_PROGRAM_CONFIG);
    }

    @Test
    void theReductionIsSkippedWhenItsShareOfTheBudgetIsSpent() {
        Hypergraph path =
                Hypergraph.builder(4).addEdge(0, 1).addEdge(1, 2).addEdge(2, 3).build();
        Instance instance =
                new Instance("path", Path.of("path.hgr"), Format.HMETIS, MaxCut.compact(path, "path"), path);
        SolveOptions options = new SolveOptions("tabu", Duration.ofSeconds(10), 1, "auto", Map.of());

        assertThat(HybridPolicy.kernel(instance, true, options, System.nanoTime())
                        .isReduced())
                .isTrue();
        long longAgo = System.nanoTime() - Duration.ofSeconds(6).toNanos();
        CutKernel skipped = HybridPolicy.kernel(instance, true, options, longAgo);
        assertThat(skipped.isReduced()).isFalse();
        assertThat(skipped.solved()).isSameAs(instance);
    }

    @Test
    void aUsersOwnSolverXmlKeepsItsTemperature() {
        SolveOptions options = new SolveOptions("my-solver.xml", Duration.ofSeconds(10), 1, "auto", Map.of());
        assertThat(HybridPolicy.annealingUnit(options, INSTANCE, System.nanoTime()))
                .isEmpty();
    }

    @Test
    void noUnitWhenItsShareOfTheBudgetIsSpent() {
        SolveOptions options = new SolveOptions("simulated-annealing", Duration.ofSeconds(10), 1, "auto", Map.of());
        long longAgo = System.nanoTime() - Duration.ofSeconds(5).toNanos();
        assertThat(HybridPolicy.annealingUnit(options, INSTANCE, longAgo)).isEmpty();
    }

    @Test
    void theDeadlineWatchAsksForTheEndOnlyFromTheDeadlineOnAndUntilClosed() throws InterruptedException {
        SolveOptions options = new SolveOptions("tabu", Duration.ofMillis(150), 1, "auto", Map.of());
        AtomicInteger calls = new AtomicInteger();
        AtomicLong first = new AtomicLong();
        long start = System.nanoTime();

        HybridPolicy.DeadlineWatch watch = HybridPolicy.endAtDeadline(options, start, () -> {
            first.compareAndSet(0, System.nanoTime());
            calls.incrementAndGet();
        });
        Thread.sleep(100);
        assertThat(calls.get()).isZero();
        Thread.sleep(200);
        watch.close();
        Thread.sleep(2 * HybridPolicy.DEADLINE_POLL_MILLIS);
        int atClose = calls.get();
        Thread.sleep(5 * HybridPolicy.DEADLINE_POLL_MILLIS);

        assertThat(first.get() - start)
                .isGreaterThanOrEqualTo(Duration.ofMillis(150).toNanos());
        assertThat(atClose).isGreaterThan(1);
        assertThat(calls.get()).isEqualTo(atClose);
    }
}
