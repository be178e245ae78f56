package io.hyperseed.core.problem;

import io.hyperseed.core.model.Literal;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Sense;

/**
 * Quadratic unconstrained binary optimisation {@code x' Q x} as a PUBO: the diagonal gives linear terms,
 * {@code Q_ij + Q_ji} the pair terms. OR-Library BQP instances are maximised. {@code O(nnz(Q))}.
 */
public final class Qubo {

    private Qubo() {}

    /** Accumulates {@code Q} entries; duplicates add up. */
    public static final class Builder {
        private final Polynomial.Builder objective;
        private final int n;

        /** A builder for an {@code n x n} matrix. */
        public Builder(int n) {
            this.n = n;
            this.objective = Polynomial.builder(n);
        }

        /** Adds {@code value} to {@code Q[i][j]} (0-based). */
        public Builder add(int i, int j, double value) {
            if (i < 0 || i >= n || j < 0 || j >= n) {
                throw new IllegalArgumentException(
                        "The entry (" + i + ", " + j + ") is outside the " + n + " x " + n + " matrix.");
            }
            if (i == j) {
                objective.addTerm(value, Literal.positive(i));
            } else {
                objective.addTerm(value, Literal.positive(i), Literal.positive(j));
            }
            return this;
        }

        /** The problem {@code sense x'Qx}. */
        public PuboProblem build(String name, Sense sense) {
            return PuboProblem.builder(n, sense)
                    .name(name)
                    .objective(objective.build())
                    .build();
        }
    }
}
