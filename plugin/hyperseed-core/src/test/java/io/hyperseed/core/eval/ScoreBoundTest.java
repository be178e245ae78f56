package io.hyperseed.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.generate.RandomPrograms;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.Literal;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.problem.MaxCut;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScoreBoundTest {

    @Test
    void plantedSatReachesItsBoundExactlyAtTheSatisfyingAssignment() {
        RandomPrograms.PlantedSat sat = RandomPrograms.plantedSat(40, 170, 3, 11);
        PuboProblem problem = sat.toProblem("planted");
        ScoreTracker tracker = ScoreTracker.of(problem);
        tracker.reset(sat.planted());

        assertThat(tracker.hardScore()).isZero();
        assertThat(tracker.softScore()).isEqualTo(ScoreBound.soft(problem));
        assertThat(ScoreBound.soft(problem)).isEqualTo(170 * tracker.scale());

        assertThat(ScoreBound.reached(170, problem, null)).isTrue();
        assertThat(ScoreBound.reached(169, problem, null)).isFalse();

        boolean[] x = sat.planted();
        x[0] = !x[0];
        x[1] = !x[1];
        tracker.reset(x);
        assertThat(tracker.softScore()).isLessThanOrEqualTo(ScoreBound.soft(problem));
    }

    @Test
    void noAssignmentOfARandomProgramScoresAboveTheBound() {
        Random random = new Random(3);
        for (int round = 0; round < 40; round++) {
            int n = 2 + random.nextInt(9);
            Polynomial.Builder objective = Polynomial.builder(n).addConstant(random.nextGaussian() * 3);
            for (int t = 0; t < 3 * n; t++) {
                int degree = 1 + random.nextInt(3);
                int[] literals = new int[degree];
                for (int k = 0; k < degree; k++) {
                    int v = random.nextInt(n);
                    literals[k] = random.nextBoolean() ? Literal.positive(v) : Literal.negative(v);
                }
                objective.addTerm(Math.round(random.nextGaussian() * 400) / 100.0, literals);
            }
            Sense sense = random.nextBoolean() ? Sense.MAXIMIZE : Sense.MINIMIZE;
            PuboProblem problem = PuboProblem.of("random", sense, objective.build());
            long bound = ScoreBound.soft(problem);
            ScoreTracker tracker = ScoreTracker.of(problem);
            long best = Long.MIN_VALUE;
            for (int mask = 0; mask < 1 << n; mask++) {
                tracker.reset(assignment(mask, n));
                best = Math.max(best, tracker.softScore());
            }
            assertThat(best).as("round %d, %s", round, sense).isLessThanOrEqualTo(bound);
        }
    }

    @Test
    void evenCycleIsCutCompletelyAndAHypergraphNeverAboveTheBound() {
        Hypergraph.Builder cycle = Hypergraph.builder(6);
        for (int v = 0; v < 6; v++) {
            cycle.addEdge(1.5, new int[] {v, (v + 1) % 6}, 0, 2);
        }
        Hypergraph even = cycle.build();
        ScoreTracker tracker = ScoreTracker.of(even);
        tracker.reset(new boolean[] {true, false, true, false, true, false});
        assertThat(tracker.softScore()).isEqualTo(ScoreBound.soft(even));
        assertThat(ScoreBound.reached(9.0, MaxCut.compact(even, "cycle"), even)).isTrue();
        assertThat(ScoreBound.reached(7.5, MaxCut.compact(even, "cycle"), even)).isFalse();

        Random random = new Random(8);
        Hypergraph.Builder h = Hypergraph.builder(8);
        for (int e = 0; e < 14; e++) {
            int size = 2 + random.nextInt(3);
            int[] pins = random.ints(0, 8).distinct().limit(size).toArray();
            h.addEdge(random.nextInt(7) - 2, pins, 0, pins.length);
        }
        Hypergraph graph = h.build();
        ScoreTracker cuts = ScoreTracker.of(graph);
        long best = Long.MIN_VALUE;
        for (int mask = 0; mask < 1 << 8; mask++) {
            cuts.reset(assignment(mask, 8));
            best = Math.max(best, cuts.softScore());
        }
        assertThat(best).isLessThanOrEqualTo(ScoreBound.soft(graph));
    }

    private static boolean[] assignment(int mask, int n) {
        boolean[] x = new boolean[n];
        for (int v = 0; v < n; v++) {
            x[v] = (mask >> v & 1) == 1;
        }
        return x;
    }
}
