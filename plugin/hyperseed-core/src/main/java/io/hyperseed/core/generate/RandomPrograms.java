package io.hyperseed.core.generate;

import io.hyperseed.core.model.ChoiceConstraint;
import io.hyperseed.core.model.Literal;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PolynomialConstraint;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Relation;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.problem.MaxSat;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Random;

/**
 * Seeded random constrained binary programs that are feasible by construction: a random point is planted first
 * (one variable set in each exactly-one group, at most one in each at-most-one group, the rest fair coins), then
 * every knapsack row gets the right-hand side {@code lhs(planted) + slack}. The objective (minimised) has terms of
 * degree 1 to 3 over plain and complemented literals with integer coefficients in {@code [-10, 10]}. Variables are
 * named {@code x1..xn}. {@code O(terms + rows * n)}; deterministic for a given seed.
 */
public final class RandomPrograms {

    private RandomPrograms() {}

    /**
     * What to generate.
     *
     * @param variables the number of variables
     * @param objectiveTerms the number of objective terms drawn (duplicates merge)
     * @param knapsackRows linear {@code <=} rows with weights in {@code 1..20} on about half of the variables
     * @param exactlyOneGroups disjoint exactly-one groups
     * @param atMostOneGroups disjoint at-most-one groups
     * @param groupSize the size of every group
     */
    public record Spec(
            int variables,
            int objectiveTerms,
            int knapsackRows,
            int exactlyOneGroups,
            int atMostOneGroups,
            int groupSize) {

        public Spec {
            if (variables < 1
                    || objectiveTerms < 0
                    || knapsackRows < 0
                    || exactlyOneGroups < 0
                    || atMostOneGroups < 0
                    || groupSize < 1) {
                throw new IllegalArgumentException("Invalid spec (" + variables + ", " + objectiveTerms + ", "
                        + knapsackRows + ", " + exactlyOneGroups + ", " + atMostOneGroups + ", " + groupSize + ").");
            }
            if ((long) (exactlyOneGroups + atMostOneGroups) * groupSize > variables) {
                throw new IllegalArgumentException("The groups need " + (exactlyOneGroups + atMostOneGroups) * groupSize
                        + " variables, more than the " + variables + " there are. Maybe use fewer groups?");
            }
        }

        /** A default mix for {@code n} variables: 3n terms, 3 knapsack rows, n/10 groups of each kind of size 3. */
        public static Spec of(int n) {
            int groups = n / 10;
            return new Spec(n, 3 * n, 3, groups, groups, 3);
        }
    }

    /**
     * A generated program and the feasible point planted in it.
     *
     * @param problem the program
     * @param planted a feasible point (copied)
     */
    public record Planted(PuboProblem problem, boolean[] planted) {

        public Planted {
            planted = planted.clone();
        }

        @Override
        public boolean[] planted() {
            return planted.clone();
        }
    }

    /** Generates a program for {@code spec}. */
    public static Planted generate(Spec spec, long seed) {
        Random random = new Random(seed);
        int n = spec.variables();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        boolean[] x = new boolean[n];
        boolean[] grouped = new boolean[n];
        int used = 0;
        int groups = spec.exactlyOneGroups() + spec.atMostOneGroups();
        int[][] members = new int[groups][];
        for (int g = 0; g < groups; g++) {
            members[g] = Arrays.copyOfRange(order, used, used + spec.groupSize());
            used += spec.groupSize();
            for (int v : members[g]) {
                grouped[v] = true;
            }
            boolean exactlyOne = g < spec.exactlyOneGroups();
            int chosen = random.nextInt(spec.groupSize() + (exactlyOne ? 0 : 1));
            if (chosen < spec.groupSize()) {
                x[members[g][chosen]] = true;
            }
        }
        for (int v = 0; v < n; v++) {
            if (!grouped[v]) {
                x[v] = random.nextBoolean();
            }
        }
        Polynomial.Builder objective = Polynomial.builder(n);
        int[] term = new int[3];
        for (int t = 0; t < spec.objectiveTerms(); t++) {
            int degree = 1 + random.nextInt(Math.min(3, n));
            for (int k = 0; k < degree; k++) {
                term[k] = Literal.of(random.nextInt(n), random.nextInt(4) == 0);
            }
            int coefficient = random.nextInt(20) - 10;
            objective.addTerm(coefficient >= 0 ? coefficient + 1 : coefficient, term, 0, degree);
        }
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = "x" + (i + 1);
        }
        PuboProblem.Builder builder = PuboProblem.builder(n, Sense.MINIMIZE)
                .name("random-program-" + n + "-" + seed)
                .variableNames(names)
                .objective(objective.build());
        for (int r = 0; r < spec.knapsackRows(); r++) {
            Polynomial.Builder row = Polynomial.builder(n);
            double planted = 0;
            for (int v = 0; v < n; v++) {
                if (random.nextBoolean()) {
                    int w = 1 + random.nextInt(20);
                    row.addTerm(w, Literal.positive(v));
                    planted += x[v] ? w : 0;
                }
            }
            builder.addConstraint(new PolynomialConstraint(
                    "knapsack" + (r + 1), row.build(), Relation.LESS_OR_EQUAL, planted + random.nextInt(11)));
        }
        for (int g = 0; g < groups; g++) {
            boolean exactlyOne = g < spec.exactlyOneGroups();
            builder.addConstraint(new ChoiceConstraint(
                    (exactlyOne ? "one" : "atmost") + (g + 1),
                    exactlyOne ? ChoiceConstraint.Kind.EXACTLY_ONE : ChoiceConstraint.Kind.AT_MOST_ONE,
                    members[g]));
        }
        return new Planted(builder.build(), x);
    }

    /**
     * A random k-SAT formula with a planted solution (clauses in DIMACS form, 1-based, negative = negated).
     *
     * @param variables the number of variables
     * @param clauses the clauses, each of {@code k} distinct variables (copied)
     * @param planted an assignment that satisfies every clause (copied)
     */
    public record PlantedSat(int variables, int[][] clauses, boolean[] planted) {

        public PlantedSat {
            clauses = Arrays.stream(clauses).map(int[]::clone).toArray(int[][]::new);
            planted = planted.clone();
        }

        @Override
        public int[][] clauses() {
            return Arrays.stream(clauses).map(int[]::clone).toArray(int[][]::new);
        }

        @Override
        public boolean[] planted() {
            return planted.clone();
        }

        /** The formula as unweighted MAX-SAT (every clause weight 1), maximised. */
        public PuboProblem toProblem(String name) {
            MaxSat.Builder builder = new MaxSat.Builder(variables);
            for (int[] clause : clauses) {
                builder.addSoft(1.0, clause);
            }
            return builder.build(name);
        }

        /** The formula in DIMACS CNF ({@code p cnf n m}, one clause per line ending in 0). */
        public void writeDimacs(Writer out, String comment) throws IOException {
            out.write("c " + comment + "\n");
            out.write("p cnf " + variables + " " + clauses.length + "\n");
            StringBuilder line = new StringBuilder();
            for (int[] clause : clauses) {
                line.setLength(0);
                for (int literal : clause) {
                    line.append(literal).append(' ');
                }
                out.write(line.append("0\n").toString());
            }
        }
    }

    /**
     * Random {@code k}-SAT with a planted solution: draw a uniform assignment, then clauses of {@code k} distinct
     * uniform variables with uniform signs, keeping only clauses the assignment satisfies (rejection), until there are
     * {@code m}. At the threshold ratio ({@code m / n = 4.26} for 3-SAT) such formulas are satisfiable by
     * construction but, for a local search, close to uniform random ones. {@code O(m k)} expected; deterministic
     * for a given seed.
     */
    public static PlantedSat plantedSat(int n, int m, int k, long seed) {
        if (n < k || k < 1 || m < 0) {
            throw new IllegalArgumentException(
                    "Invalid planted SAT size (n " + n + ", m " + m + ", k " + k + "). Maybe n >= k >= 1?");
        }
        Random random = new Random(seed);
        boolean[] planted = new boolean[n];
        for (int v = 0; v < n; v++) {
            planted[v] = random.nextBoolean();
        }
        int[][] clauses = new int[m][];
        int[] vars = new int[k];
        for (int c = 0; c < m; ) {
            boolean satisfied = false;
            int[] clause = new int[k];
            for (int j = 0; j < k; j++) {
                int v;
                boolean fresh;
                do {
                    v = random.nextInt(n);
                    fresh = true;
                    for (int i = 0; i < j; i++) {
                        fresh &= vars[i] != v;
                    }
                } while (!fresh);
                vars[j] = v;
                boolean positive = random.nextBoolean();
                clause[j] = positive ? v + 1 : -(v + 1);
                satisfied |= planted[v] == positive;
            }
            if (satisfied) {
                clauses[c++] = clause;
            }
        }
        return new PlantedSat(n, clauses, planted);
    }
}
