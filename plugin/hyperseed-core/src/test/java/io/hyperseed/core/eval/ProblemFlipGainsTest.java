package io.hyperseed.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.generate.RandomPrograms;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.testing.RandomProblems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProblemFlipGainsTest {

    @Test
    void gainsEqualFullReevaluationAfterLongRandomFlipSequences() {
        Random random = new Random(11);
        for (int trial = 0; trial < 20; trial++) {
            int n = 6 + random.nextInt(25);
            PuboProblem problem = trial % 3 == 0
                    ? RandomProblems.unconstrained(
                            random, n, 3 * n, 3, trial % 2 == 0 ? Sense.MAXIMIZE : Sense.MINIMIZE)
                    : trial % 3 == 1
                            ? RandomProblems.constrained(random, n, 3 * n, Sense.MINIMIZE)
                            : RandomPrograms.generate(RandomPrograms.Spec.of(Math.max(n, 10)), trial)
                                    .problem();
            checkAlongWalk(problem, random, 400);
        }
    }

    @Test
    void gainsStayExactAcrossResets() {
        Random random = new Random(12);
        PuboProblem problem = RandomProblems.constrained(random, 15, 40, Sense.MAXIMIZE);
        ScoreTracker tracker = ScoreTracker.of(problem);
        tracker.gains();
        tracker.reset(randomPoint(random, 15));
        assertGainsExact(problem, tracker);
    }

    @Test
    void bestListsTheLargestGainsFirst() {
        Random random = new Random(13);
        PuboProblem problem = RandomProblems.constrained(random, 30, 90, Sense.MINIMIZE);
        ScoreTracker tracker = ScoreTracker.of(problem);
        FlipGains gains = tracker.gains();
        int[] out = new int[10];
        for (int step = 0; step < 300; step++) {
            int v = random.nextInt(30);
            tracker.set(v, !tracker.get(v));
            int written = gains.best(out);
            assertThat(written).isEqualTo(10);
            List<Integer> all = new ArrayList<>();
            for (int u = 0; u < 30; u++) {
                all.add(u);
            }
            all.sort(Comparator.<Integer>comparingLong(gains::hardGain)
                    .reversed()
                    .thenComparing(
                            Comparator.<Integer>comparingLong(gains::softGain).reversed())
                    .thenComparingInt(u -> u));
            for (int k = 0; k < written; k++) {
                assertThat(out[k]).as("rank %d at step %d", k, step).isEqualTo(all.get(k));
            }
        }
    }

    private static void checkAlongWalk(PuboProblem problem, Random random, int steps) {
        int n = problem.numVariables();
        ScoreTracker tracker = ScoreTracker.of(problem);
        tracker.reset(randomPoint(random, n));
        tracker.gains();
        for (int step = 0; step < steps; step++) {
            int v = random.nextInt(n);
            tracker.set(v, !tracker.get(v));
            if (step % 7 == 0) {
                assertGainsExact(problem, tracker);
            }
        }
        assertGainsExact(problem, tracker);
    }

    private static void assertGainsExact(PuboProblem problem, ScoreTracker tracker) {
        int n = problem.numVariables();
        boolean[] x = new boolean[n];
        for (int v = 0; v < n; v++) {
            x[v] = tracker.get(v);
        }
        ScoreTracker fresh = ScoreTracker.of(problem);
        fresh.reset(x);
        long hard = fresh.hardScore();
        long soft = fresh.softScore();
        FlipGains gains = tracker.gains();
        for (int v = 0; v < n; v++) {
            x[v] = !x[v];
            fresh.reset(x);
            assertThat(gains.hardGain(v)).as("hard gain of %d", v).isEqualTo(fresh.hardScore() - hard);
            assertThat(gains.softGain(v)).as("soft gain of %d", v).isEqualTo(fresh.softScore() - soft);
            x[v] = !x[v];
        }
    }

    private static boolean[] randomPoint(Random random, int n) {
        boolean[] x = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextBoolean();
        }
        return x;
    }
}
