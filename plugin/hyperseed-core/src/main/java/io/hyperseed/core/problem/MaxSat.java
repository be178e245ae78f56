package io.hyperseed.core.problem;

import io.hyperseed.core.model.Literal;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PolynomialConstraint;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Relation;
import io.hyperseed.core.model.Sense;

/**
 * (Weighted, partial) MAX-SAT as a PUBO to maximise the satisfied weight. A clause is unsatisfied exactly when
 * all its literals are false, so {@code sat(c) = 1 - prod_{l in c} (1 - l)}: a DIMACS literal {@code +i} gives
 * the factor {@code (1 - x_i)}, {@code -i} the factor {@code x_i}. Hard clauses (WCNF weight = top) become
 * constraints {@code prod (1 - l) <= 0}. {@code O(sum |c|)}.
 */
public final class MaxSat {

    private MaxSat() {}

    /** Accumulates clauses over {@code n} variables (DIMACS literals: 1-based, negative = negated). */
    public static final class Builder {
        private final int n;
        private final Polynomial.Builder objective;
        private final PuboProblem.Builder problem;
        private int hard;

        /** A builder over {@code n} variables. */
        public Builder(int n) {
            this.n = n;
            this.objective = Polynomial.builder(n);
            this.problem = PuboProblem.builder(n, Sense.MAXIMIZE);
            String[] names = new String[n];
            for (int i = 0; i < n; i++) {
                names[i] = Integer.toString(i + 1);
            }
            problem.variableNames(names);
        }

        /** Adds a soft clause of weight {@code weight}. */
        public Builder addSoft(double weight, int... dimacsLiterals) {
            objective.addConstant(weight);
            objective.addTerm(-weight, unsatLiterals(dimacsLiterals));
            return this;
        }

        /** Adds a hard clause (a constraint). */
        public Builder addHard(int... dimacsLiterals) {
            Polynomial lhs = Polynomial.builder(n)
                    .addTerm(1.0, unsatLiterals(dimacsLiterals))
                    .build();
            problem.addConstraint(new PolynomialConstraint("hard" + (++hard), lhs, Relation.LESS_OR_EQUAL, 0.0));
            return this;
        }

        private int[] unsatLiterals(int[] dimacs) {
            int[] literals = new int[dimacs.length];
            for (int k = 0; k < dimacs.length; k++) {
                int d = dimacs[k];
                int v = Math.abs(d) - 1;
                if (d == 0 || v >= n) {
                    throw new IllegalArgumentException("The literal (" + d + ") is outside 1.." + n + ".");
                }
                literals[k] = d > 0 ? Literal.negative(v) : Literal.positive(v);
            }
            return literals;
        }

        /** The problem. */
        public PuboProblem build(String name) {
            return problem.name(name).objective(objective.build()).build();
        }
    }
}
