package io.hyperseed.core.testing;

import io.hyperseed.core.model.ChoiceConstraint;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.Literal;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PolynomialConstraint;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Relation;
import io.hyperseed.core.model.Sense;
import java.util.Random;

/** Seeded random small instances for tests across modules. */
public final class RandomProblems {

    private RandomProblems() {}

    /** A random hypergraph with {@code m} hyperedges of size 1..maxSize over {@code n} vertices. */
    public static Hypergraph hypergraph(Random random, int n, int m, int maxSize, boolean weighted) {
        Hypergraph.Builder b = Hypergraph.builder(n);
        for (int e = 0; e < m; e++) {
            int size = 1 + random.nextInt(Math.min(maxSize, n));
            int[] vs = random.ints(0, n).distinct().limit(size).toArray();
            b.addEdge(weighted ? 1 + random.nextInt(5) : 1.0, vs, 0, vs.length);
        }
        return b.build();
    }

    /** A random polynomial with {@code terms} terms of degree 1..maxDegree, integer coefficients in [-5, 5]. */
    public static Polynomial polynomial(Random random, int n, int terms, int maxDegree) {
        Polynomial.Builder b = Polynomial.builder(n);
        b.addConstant(random.nextInt(11) - 5);
        for (int t = 0; t < terms; t++) {
            int degree = 1 + random.nextInt(Math.min(maxDegree, n));
            int[] lits = new int[degree];
            for (int k = 0; k < degree; k++) {
                lits[k] = Literal.of(random.nextInt(n), random.nextBoolean());
            }
            b.addTerm(random.nextInt(11) - 5, lits);
        }
        return b.build();
    }

    /** A random unconstrained problem. */
    public static PuboProblem unconstrained(Random random, int n, int terms, int maxDegree, Sense sense) {
        return PuboProblem.of("random", sense, polynomial(random, n, terms, maxDegree));
    }

    /** A random problem with a knapsack row, an exactly-one group, an at-most-one group and a polynomial row. */
    public static PuboProblem constrained(Random random, int n, int terms, Sense sense) {
        if (n < 6) {
            throw new IllegalArgumentException("need n >= 6");
        }
        PuboProblem.Builder b =
                PuboProblem.builder(n, sense).name("random-constrained").objective(polynomial(random, n, terms, 3));
        Polynomial.Builder row = Polynomial.builder(n);
        for (int v = 0; v < n; v++) {
            row.addTerm(1 + random.nextInt(4), Literal.positive(v));
        }
        b.addConstraint(new PolynomialConstraint("knap", row.build(), Relation.LESS_OR_EQUAL, n));
        b.addConstraint(new ChoiceConstraint("one", ChoiceConstraint.Kind.EXACTLY_ONE, new int[] {0, 1, 2}));
        b.addConstraint(new ChoiceConstraint("atmost", ChoiceConstraint.Kind.AT_MOST_ONE, new int[] {3, 4, 5}));
        b.addConstraint(new PolynomialConstraint("poly", polynomial(random, n, 3, 2), Relation.GREATER_OR_EQUAL, -3));
        return b.build();
    }

    /** The BIPNN seed's toy: minimise its objective subject to 2 x1 + 1.7183 x2 + 3 x1 x3 <= 4 (x0..x3). */
    public static PuboProblem seedToy() {
        return SeedToy.problem();
    }
}
