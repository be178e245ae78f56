package io.hyperseed.core.constrained;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hyperseed.core.generate.RandomPrograms;
import io.hyperseed.core.model.Constraint;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.problem.Knapsack;
import io.hyperseed.core.testing.RandomProblems;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProgramNeighbourhoodTest {

    @Test
    void rankedMovesAreTheExactTopPenalisedMoves() {
        Random random = new Random(21);
        for (int trial = 0; trial < 12; trial++) {
            int n = 6 + random.nextInt(12);
            PuboProblem problem = trial % 2 == 0
                    ? RandomProblems.constrained(random, n, 3 * n, Sense.MINIMIZE)
                    : randomKnapsack(random, n, 3);
            double w = 0.5 + random.nextDouble() * 3;
            ProgramNeighbourhood hood = new ProgramNeighbourhood(
                    problem, PenaltyWeight.fixed(w), new ProgramNeighbourhood.Settings(n, 0.5, 0, 3));
            boolean[] x = new boolean[n];
            SplittableRandom ties = new SplittableRandom(trial);
            for (int step = 0; step < 30; step++) {
                for (int v = 0; v < n; v++) {
                    x[v] = random.nextBoolean();
                }
                for (int age = 0; age < 12; age++) {
                    // a fresh point makes every changed variable tabu: let the tenure (6) run out
                    hood.sync(v -> x[v], ties);
                }
                int[] first = new int[8];
                int[] second = new int[8];
                int count = hood.rank(ties, first, second);
                List<Double> expected = allScores(problem, x, w);
                assertThat(count).isEqualTo(Math.min(8, expected.size()));
                for (int k = 0; k < count; k++) {
                    double actual = exactScore(problem, x, w, first[k], second[k]);
                    assertThat(hood.rankedScore(k)).isCloseTo(actual, within(1e-6));
                    assertThat(actual).as("rank %d", k).isCloseTo(expected.get(k), within(1e-6));
                }
            }
        }
    }

    @Test
    void walkFlipsAVariableOfAnUnsatisfiedClauseAndSolvesAPlantedFormula() {
        RandomPrograms.PlantedSat sat = RandomPrograms.plantedSat(100, 426, 3, 5);
        PuboProblem problem = sat.toProblem("planted");
        assertThat(ProgramNeighbourhood.isClauseShaped(problem)).isTrue();
        ProgramNeighbourhood hood = new ProgramNeighbourhood(
                problem,
                new PenaltyWeight(ProgramNeighbourhood.initialWeight(problem), 0.0),
                ProgramNeighbourhood.Settings.defaults());
        SplittableRandom random = new SplittableRandom(3);
        int flips = 0;
        for (int v = hood.walk(random); v >= 0 && flips < 200_000; v = hood.walk(random)) {
            assertThat(hood.state().costlyCount()).isPositive();
            hood.state().flip(v);
            flips++;
        }
        assertThat(hood.state().costlyCount()).isZero();
        assertThat(problem.objectiveValue(hood.state().assignment())).isEqualTo(426.0);
    }

    @Test
    void walkRepairsViolatedKnapsackRowsByDroppingItems() {
        PuboProblem problem = Knapsack.of("k", new double[] {3, 4, 5}, new double[][] {{2, 3, 4}}, new double[] {5});
        ProgramNeighbourhood hood =
                new ProgramNeighbourhood(problem, PenaltyWeight.fixed(10), ProgramNeighbourhood.Settings.defaults());
        hood.sync(v -> true, new SplittableRandom(2));
        int v = hood.walk(new SplittableRandom(1));
        assertThat(v).isBetween(0, 2);
        assertThat(hood.state().get(v)).isTrue();
    }

    @Test
    void changedVariablesAreTabuUnlessTheMoveGivesANewBestFeasibleState() {
        PuboProblem problem =
                Knapsack.of("k", new double[] {5, 4, 3, 1}, new double[][] {{4, 3, 2, 1}}, new double[] {6});
        ProgramNeighbourhood hood = new ProgramNeighbourhood(
                problem, PenaltyWeight.fixed(100), new ProgramNeighbourhood.Settings(10, 0.5, 2, 0));
        SplittableRandom random = new SplittableRandom(4);
        boolean[] x = {true, false, true, false};
        hood.sync(v -> x[v], random);
        hood.sync(v -> x[v], random);
        hood.sync(v -> x[v], random);
        hood.sync(v -> x[v], random);
        // best feasible seen: items 0 and 2, profit 8; now drop item 2 (profit 5, feasible, not a new best)
        x[2] = false;
        hood.sync(v -> x[v], random);
        assertThat(hood.isTabu(2)).isTrue();
        int[] first = new int[20];
        int[] second = new int[20];
        int count = hood.rank(random, first, second);
        for (int k = 0; k < count; k++) {
            boolean touchesTwo = first[k] == 2 || second[k] == 2;
            boolean addsBackAlone = first[k] == 2 && second[k] < 0;
            assertThat(addsBackAlone)
                    .as("re-adding item 2 only restores profit 8, no new best")
                    .isFalse();
            if (touchesTwo) {
                // only an exchange that ends feasible above 8 may use the tabu item: add 2, with 1 instead of 0
                assertThat(hood.rankedScore(k)).isGreaterThan(0);
            }
        }
    }

    @Test
    void penaltyWeightOscillatesAroundTheBoundary() {
        PenaltyWeight weight = new PenaltyWeight(1.0, 0.1);
        assertThat(weight.update(false)).isCloseTo(1.1, within(1e-12));
        assertThat(weight.update(true)).isCloseTo(1.0, within(1e-12));
        assertThat(PenaltyWeight.fixed(2).update(false)).isEqualTo(2.0);
        assertThatThrownBy(() -> new PenaltyWeight(0, 0.1)).hasMessageContaining("(0.0)");
        assertThatThrownBy(() -> new PenaltyWeight(1, -1)).hasMessageContaining("(-1.0)");
    }

    private static PuboProblem randomKnapsack(Random random, int n, int m) {
        double[] profits = new double[n];
        double[][] weights = new double[m][n];
        double[] capacities = new double[m];
        for (int j = 0; j < n; j++) {
            profits[j] = 1 + random.nextInt(30);
            for (int i = 0; i < m; i++) {
                weights[i][j] = 1 + random.nextInt(20);
                capacities[i] += weights[i][j] / 2;
            }
        }
        return Knapsack.of("random", profits, weights, capacities);
    }

    private static List<Double> allScores(PuboProblem problem, boolean[] x, double w) {
        int n = problem.numVariables();
        List<Double> scores = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            scores.add(exactScore(problem, x, w, i, -1));
            for (int j = 0; j < n; j++) {
                if (x[i] && !x[j] && share(problem, i, j)) {
                    scores.add(exactScore(problem, x, w, i, j));
                }
            }
        }
        scores.sort((a, b) -> Double.compare(b, a));
        return scores;
    }

    private static boolean share(PuboProblem problem, int i, int j) {
        for (Constraint c : problem.constraints()) {
            boolean hasI = false;
            boolean hasJ = false;
            for (int v : c.variables()) {
                hasI |= v == i;
                hasJ |= v == j;
            }
            if (hasI && hasJ) {
                return true;
            }
        }
        return false;
    }

    private static double exactScore(PuboProblem problem, boolean[] x, double w, int i, int j) {
        int sign = problem.sense().sign();
        double before = sign * problem.objectiveValue(x) - w * problem.totalViolation(x);
        boolean[] y = x.clone();
        y[i] = !y[i];
        if (j >= 0) {
            y[j] = !y[j];
        }
        return sign * problem.objectiveValue(y) - w * problem.totalViolation(y) - before;
    }
}
