package io.hyperseed.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.testing.RandomProblems;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IncrementalStateTest {

    @Test
    void polynomialFlipDeltasEqualFullReevaluation() {
        Random random = new Random(1);
        for (int trial = 0; trial < 30; trial++) {
            int n = 3 + random.nextInt(20);
            Polynomial p = RandomProblems.polynomial(random, n, 40, 5);
            boolean[] x = randomPoint(random, n);
            PolynomialState state = new PolynomialState(p, x);
            for (int step = 0; step < 200; step++) {
                int v = random.nextInt(n);
                double before = p.evaluate(x);
                x[v] = !x[v];
                double expected = p.evaluate(x) - before;
                assertThat(state.flipDelta(v)).isCloseTo(expected, within(1e-9));
                assertThat(state.flip(v)).isCloseTo(expected, within(1e-9));
                assertThat(state.value()).isCloseTo(p.evaluate(x), within(1e-9));
            }
        }
    }

    @Test
    void cutFlipDeltasEqualFullReevaluation() {
        assertCutStateTracksFullReevaluation(new Random(2), 60, 6);
    }

    @Test
    void graphCutFastPathMatchesFullReevaluation() {
        // sizes 1..2 only: the neighbour-list path, self-loops included
        assertCutStateTracksFullReevaluation(new Random(12), 80, 2);
    }

    /**
     * On 30 random hypergraphs ({@code edges} hyperedges of at most {@code maxEdgeSize} vertices), 200 random flips
     * each: every {@link CutState#flipDelta} and every cut after a {@link CutState#flip} equal the full re-evaluation
     * exactly.
     */
    private static void assertCutStateTracksFullReevaluation(Random random, int edges, int maxEdgeSize) {
        for (int trial = 0; trial < 30; trial++) {
            int n = 2 + random.nextInt(30);
            Hypergraph g = RandomProblems.hypergraph(random, n, edges, maxEdgeSize, true);
            boolean[] x = randomPoint(random, n);
            CutState state = new CutState(g, x);
            for (int step = 0; step < 200; step++) {
                int v = random.nextInt(n);
                double before = g.cutWeight(x);
                x[v] = !x[v];
                assertThat(state.flipDelta(v)).isEqualTo(g.cutWeight(x) - before);
                state.flip(v);
                assertThat(state.cut()).isEqualTo(g.cutWeight(x));
            }
        }
    }

    @Test
    void violationDeltasEqualFullReevaluation() {
        Random random = new Random(3);
        for (int trial = 0; trial < 30; trial++) {
            int n = 6 + random.nextInt(10);
            PuboProblem problem = RandomProblems.constrained(random, n, 30, Sense.MINIMIZE);
            boolean[] x = randomPoint(random, n);
            ProblemState state = new ProblemState(problem, x);
            for (int step = 0; step < 200; step++) {
                int v = random.nextInt(n);
                double before = problem.totalViolation(x);
                x[v] = !x[v];
                assertThat(state.violationDelta(v)).isCloseTo(problem.totalViolation(x) - before, within(1e-9));
                state.flip(v);
                assertThat(state.violation()).isCloseTo(problem.totalViolation(x), within(1e-9));
                assertThat(state.objective()).isCloseTo(problem.objectiveValue(x), within(1e-9));
            }
        }
    }

    @Test
    void scoreTrackerIsExactWithRealCoefficients() {
        PuboProblem toy = RandomProblems.seedToy();
        ScoreTracker tracker = ScoreTracker.of(toy);
        assertThat(tracker.scale()).isEqualTo(10_000L);
        tracker.reset(new boolean[] {true, true, false, false});
        assertThat(tracker.softScore()).isEqualTo(18_451L); // minimise -1.8451 -> soft +1.8451
        assertThat(tracker.hardScore()).isZero();
        tracker.set(2, true); // 2 + 1.7183 + 3 = 6.7183 > 4
        assertThat(tracker.hardScore()).isEqualTo(-27_183L);
    }

    @Test
    void scoreTrackerMatchesFromScratchAfterManyChanges() {
        Random random = new Random(4);
        PuboProblem problem = RandomProblems.constrained(random, 12, 40, Sense.MAXIMIZE);
        ScoreTracker tracker = ScoreTracker.of(problem);
        boolean[] x = new boolean[12];
        tracker.reset(x);
        for (int step = 0; step < 2000; step++) {
            int v = random.nextInt(12);
            x[v] = random.nextBoolean();
            tracker.set(v, x[v]);
            ScoreTracker fresh = ScoreTracker.of(problem);
            fresh.reset(x);
            assertThat(tracker.softScore()).isEqualTo(fresh.softScore());
            assertThat(tracker.hardScore()).isEqualTo(fresh.hardScore());
        }
        assertThat(tracker.softScore()).isEqualTo(Math.round(problem.objectiveValue(x)));
    }

    @Test
    void cutTrackerScoresTheCutWeight() {
        Hypergraph g = Hypergraph.builder(3)
                .addEdge(0.5, new int[] {0, 1}, 0, 2)
                .addEdge(2, new int[] {1, 2}, 0, 2)
                .build();
        ScoreTracker tracker = ScoreTracker.of(g);
        tracker.reset(new boolean[] {true, false, false});
        assertThat(tracker.scale()).isEqualTo(10L);
        assertThat(tracker.softScore()).isEqualTo(5L);
        tracker.set(2, true);
        assertThat(tracker.softScore()).isEqualTo(25L);
    }

    private static boolean[] randomPoint(Random random, int n) {
        boolean[] x = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextBoolean();
        }
        return x;
    }
}
