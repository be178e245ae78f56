package io.hyperseed.core.problem;

import io.hyperseed.core.model.Literal;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PolynomialConstraint;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Relation;
import io.hyperseed.core.model.Sense;

/**
 * Multidimensional 0-1 knapsack: maximise {@code sum p_j x_j} subject to {@code sum_j w_ij x_j <= c_i} for each
 * dimension {@code i}. {@code O(n m)}.
 */
public final class Knapsack {

    private Knapsack() {}

    /**
     * The problem for profits {@code p[n]}, weights {@code w[m][n]} and capacities {@code c[m]} (arrays are read,
     * not kept).
     */
    public static PuboProblem of(String name, double[] profits, double[][] weights, double[] capacities) {
        int n = profits.length;
        if (weights.length != capacities.length) {
            throw new IllegalArgumentException(
                    "There are " + weights.length + " weight rows but " + capacities.length + " capacities.");
        }
        Polynomial.Builder objective = Polynomial.builder(n);
        for (int j = 0; j < n; j++) {
            objective.addTerm(profits[j], Literal.positive(j));
        }
        PuboProblem.Builder problem =
                PuboProblem.builder(n, Sense.MAXIMIZE).name(name).objective(objective.build());
        String[] names = new String[n];
        for (int j = 0; j < n; j++) {
            names[j] = "x" + (j + 1);
        }
        problem.variableNames(names);
        for (int i = 0; i < weights.length; i++) {
            if (weights[i].length != n) {
                throw new IllegalArgumentException(
                        "Weight row " + (i + 1) + " has " + weights[i].length + " entries, expected " + n + ".");
            }
            Polynomial.Builder lhs = Polynomial.builder(n);
            for (int j = 0; j < n; j++) {
                lhs.addTerm(weights[i][j], Literal.positive(j));
            }
            problem.addConstraint(
                    new PolynomialConstraint("capacity" + (i + 1), lhs.build(), Relation.LESS_OR_EQUAL, capacities[i]));
        }
        return problem.build();
    }
}
