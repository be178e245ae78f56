package io.hyperseed.core.model;

import java.util.Arrays;

/**
 * An immutable multilinear polynomial over binary variables: {@code constant + sum_t c_t * prod_{l in t} l}, each
 * literal {@code l} being {@code x_i} or {@code (1 - x_i)} (see {@link Literal}), any degree.
 *
 * <p>Storage is flat: term offsets, encoded literals sorted by variable, coefficients, and a variable-to-term
 * incidence in CSR form. Memory is about {@code 12 T + 8 L + 4 n} bytes for {@code T} terms with {@code L} literals
 * in all over {@code n} variables, so 10^6 cubic terms take about 44 MB.
 *
 * <p>Complexity: {@link #evaluate} and {@link #relaxedValue} are {@code O(L)}; construction through
 * {@link Builder} is expected {@code O(L log d)} with {@code d} the largest degree.
 */
public final class Polynomial {

    private final int numVariables;
    private final double constant;
    private final int[] termOffsets;
    private final int[] literals;
    private final double[] coefficients;
    private final int[] incidenceOffsets;
    private final int[] incidence;
    private final int maxDegree;

    private Polynomial(int numVariables, double constant, int[] termOffsets, int[] literals, double[] coefficients) {
        this.numVariables = numVariables;
        this.constant = constant;
        this.termOffsets = termOffsets;
        this.literals = literals;
        this.coefficients = coefficients;
        int[] counts = new int[numVariables + 1];
        int maxDeg = 0;
        for (int t = 0; t < coefficients.length; t++) {
            maxDeg = Math.max(maxDeg, termOffsets[t + 1] - termOffsets[t]);
        }
        for (int literal : literals) {
            counts[Literal.variable(literal) + 1]++;
        }
        for (int v = 0; v < numVariables; v++) {
            counts[v + 1] += counts[v];
        }
        this.incidenceOffsets = counts.clone();
        int[] fill = counts;
        this.incidence = new int[literals.length];
        for (int t = 0; t < coefficients.length; t++) {
            for (int k = termOffsets[t]; k < termOffsets[t + 1]; k++) {
                int v = Literal.variable(literals[k]);
                incidence[fill[v]++] = (t << 1) | (literals[k] & 1);
            }
        }
        this.maxDegree = maxDeg;
    }

    /** A builder for a polynomial over {@code numVariables} variables. */
    public static Builder builder(int numVariables) {
        return new Builder(numVariables);
    }

    /** The zero polynomial over {@code numVariables} variables. */
    public static Polynomial zero(int numVariables) {
        return builder(numVariables).build();
    }

    /** The number of variables the polynomial is defined over (some may not occur). */
    public int numVariables() {
        return numVariables;
    }

    /** The constant part. */
    public double constant() {
        return constant;
    }

    /** The number of non-constant terms. */
    public int numTerms() {
        return coefficients.length;
    }

    /** The total number of literals over all terms. */
    public int numLiterals() {
        return literals.length;
    }

    /** The largest term degree (0 when there are no terms). */
    public int maxDegree() {
        return maxDegree;
    }

    /** The coefficient of term {@code t}. */
    public double coefficient(int t) {
        return coefficients[t];
    }

    /** The degree (number of literals) of term {@code t}. */
    public int degree(int t) {
        return termOffsets[t + 1] - termOffsets[t];
    }

    /** The {@code k}-th literal of term {@code t}, literals sorted by variable. */
    public int literal(int t, int k) {
        if (k < 0 || k >= degree(t)) {
            throw new IndexOutOfBoundsException(
                    "Literal index (" + k + ") out of range for term " + t + " of degree " + degree(t) + ".");
        }
        return literals[termOffsets[t] + k];
    }

    /** The literals of term {@code t} (a copy). */
    public int[] termLiterals(int t) {
        return Arrays.copyOfRange(literals, termOffsets[t], termOffsets[t + 1]);
    }

    /** The number of terms in which variable {@code v} occurs. */
    public int variableDegree(int v) {
        return incidenceOffsets[v + 1] - incidenceOffsets[v];
    }

    /** Copy of the term offsets ({@code numTerms + 1} entries, CSR over {@link #literalArray()}). */
    public int[] termOffsetArray() {
        return termOffsets.clone();
    }

    /** Copy of all encoded literals, term after term. */
    public int[] literalArray() {
        return literals.clone();
    }

    /** Copy of the coefficients, one per term. */
    public double[] coefficientArray() {
        return coefficients.clone();
    }

    /** Copy of the variable-to-term incidence offsets ({@code numVariables + 1} entries). */
    public int[] incidenceOffsetArray() {
        return incidenceOffsets.clone();
    }

    /** Copy of the incidence entries: {@code (term << 1) | negated} for each occurrence of a variable. */
    public int[] incidenceArray() {
        return incidence.clone();
    }

    /** The value at a 0/1 point. {@code O(L)}. */
    public double evaluate(boolean[] x) {
        checkLength(x.length);
        double sum = constant;
        for (int t = 0; t < coefficients.length; t++) {
            if (termTrue(t, x)) {
                sum += coefficients[t];
            }
        }
        return sum;
    }

    /** True when every literal of term {@code t} is true under {@code x}. {@code O(term degree)}. */
    public boolean termTrue(int t, boolean[] x) {
        for (int k = termOffsets[t]; k < termOffsets[t + 1]; k++) {
            int literal = literals[k];
            if (x[literal >>> 1] == ((literal & 1) != 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The multilinear extension at {@code x in [0,1]^n}: each term is the product of {@code x_i} or
     * {@code 1 - x_i}. Equals {@link #evaluate} at 0/1 points. {@code O(L)}.
     */
    public double relaxedValue(double[] x) {
        checkLength(x.length);
        double sum = constant;
        for (int t = 0; t < coefficients.length; t++) {
            double product = coefficients[t];
            for (int k = termOffsets[t]; k < termOffsets[t + 1]; k++) {
                int literal = literals[k];
                double xi = x[literal >>> 1];
                product *= (literal & 1) != 0 ? 1.0 - xi : xi;
            }
            sum += product;
        }
        return sum;
    }

    private void checkLength(int length) {
        if (length != numVariables) {
            throw new IllegalArgumentException("The assignment length (" + length
                    + ") differs from the number of variables (" + numVariables + ").");
        }
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        s.append(constant);
        int shown = Math.min(coefficients.length, 20);
        for (int t = 0; t < shown; t++) {
            s.append(coefficients[t] < 0 ? " - " : " + ").append(Math.abs(coefficients[t]));
            for (int k = termOffsets[t]; k < termOffsets[t + 1]; k++) {
                s.append('*').append(Literal.toString(literals[k]));
            }
        }
        if (shown < coefficients.length) {
            s.append(" + ... (").append(coefficients.length - shown).append(" more terms)");
        }
        return s.toString();
    }

    /**
     * Accumulates terms and builds an immutable {@link Polynomial}. Duplicate terms are merged (coefficients
     * added), repeated literals simplified ({@code x*x = x}), contradictory terms dropped
     * ({@code x*(1-x) = 0}), zero coefficients dropped after merging, and empty terms folded into the constant.
     * NaN/infinite coefficients and out-of-range variables are rejected with {@link IllegalArgumentException}.
     *
     * <p>Memory: flat growable arrays plus an open-addressing hash table of term indices; no object per term.
     */
    public static final class Builder {

        private final int numVariables;
        private double constant;
        private int[] offsets = new int[17];
        private int[] lits = new int[64];
        private double[] coefs = new double[16];
        private int[] hashes = new int[16];
        private int numTerms;
        private int[] table = new int[32];
        private int[] scratch = new int[8];

        private Builder(int numVariables) {
            if (numVariables < 0) {
                throw new IllegalArgumentException(
                        "The number of variables (" + numVariables + ") must not be negative.");
            }
            this.numVariables = numVariables;
            Arrays.fill(table, -1);
        }

        /** The number of variables. */
        public int numVariables() {
            return numVariables;
        }

        /** Adds {@code value} to the constant. */
        public Builder addConstant(double value) {
            checkFinite(value);
            constant += value;
            return this;
        }

        /** Adds {@code coefficient * prod literals}; literals are encoded as in {@link Literal}. */
        public Builder addTerm(double coefficient, int... literals) {
            return addTerm(coefficient, literals, 0, literals.length);
        }

        /** Adds {@code coefficient * prod literals[from..to)}. */
        public Builder addTerm(double coefficient, int[] literals, int from, int to) {
            checkFinite(coefficient);
            int length = to - from;
            if (scratch.length < length) {
                scratch = new int[Math.max(length, scratch.length * 2)];
            }
            for (int k = 0; k < length; k++) {
                int literal = literals[from + k];
                if (literal < 0 || Literal.variable(literal) >= numVariables) {
                    throw new IllegalArgumentException("The literal (" + literal + ") refers to variable "
                            + Literal.variable(literal) + ", outside [0, " + numVariables
                            + "). Maybe the variables are 1-based in the source?");
                }
                scratch[k] = literal;
            }
            if (coefficient == 0.0) {
                return this;
            }
            Arrays.sort(scratch, 0, length);
            int size = 0;
            for (int k = 0; k < length; k++) {
                int literal = scratch[k];
                if (size > 0 && Literal.variable(scratch[size - 1]) == Literal.variable(literal)) {
                    if (scratch[size - 1] == literal) {
                        continue; // x * x = x
                    }
                    return this; // x * (1 - x) = 0
                }
                scratch[size++] = literal;
            }
            if (size == 0) {
                constant += coefficient;
                return this;
            }
            int hash = hash(scratch, size);
            int mask = table.length - 1;
            for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
                int t = table[slot];
                if (t < 0) {
                    table[slot] = append(coefficient, size, hash);
                    if (numTerms * 2 > table.length) {
                        rehash();
                    }
                    return this;
                }
                if (hashes[t] == hash && sameLiterals(t, size)) {
                    coefs[t] += coefficient;
                    return this;
                }
            }
        }

        /** The polynomial; terms whose merged coefficient is exactly zero are dropped. */
        public Polynomial build() {
            int kept = 0;
            int keptLiterals = 0;
            for (int t = 0; t < numTerms; t++) {
                if (coefs[t] != 0.0) {
                    if (!Double.isFinite(coefs[t])) {
                        throw new IllegalArgumentException(
                                "The merged coefficient of a term overflowed (" + coefs[t] + ").");
                    }
                    kept++;
                    keptLiterals += offsets[t + 1] - offsets[t];
                }
            }
            if (!Double.isFinite(constant)) {
                throw new IllegalArgumentException("The constant overflowed (" + constant + ").");
            }
            int[] termOffsets = new int[kept + 1];
            int[] literals = new int[keptLiterals];
            double[] coefficients = new double[kept];
            int u = 0;
            int p = 0;
            for (int t = 0; t < numTerms; t++) {
                if (coefs[t] != 0.0) {
                    int len = offsets[t + 1] - offsets[t];
                    System.arraycopy(lits, offsets[t], literals, p, len);
                    p += len;
                    coefficients[u] = coefs[t];
                    termOffsets[++u] = p;
                }
            }
            return new Polynomial(numVariables, constant, termOffsets, literals, coefficients);
        }

        private int append(double coefficient, int size, int hash) {
            if (numTerms + 1 >= offsets.length - 1) {
                int capacity = offsets.length * 2;
                offsets = Arrays.copyOf(offsets, capacity);
                coefs = Arrays.copyOf(coefs, capacity);
                hashes = Arrays.copyOf(hashes, capacity);
            }
            int start = offsets[numTerms];
            if (start + size > lits.length) {
                lits = Arrays.copyOf(lits, Math.max(start + size, lits.length * 2));
            }
            System.arraycopy(scratch, 0, lits, start, size);
            offsets[numTerms + 1] = start + size;
            coefs[numTerms] = coefficient;
            hashes[numTerms] = hash;
            return numTerms++;
        }

        private boolean sameLiterals(int t, int size) {
            int start = offsets[t];
            if (offsets[t + 1] - start != size) {
                return false;
            }
            for (int k = 0; k < size; k++) {
                if (lits[start + k] != scratch[k]) {
                    return false;
                }
            }
            return true;
        }

        private void rehash() {
            table = new int[table.length * 2];
            Arrays.fill(table, -1);
            int mask = table.length - 1;
            for (int t = 0; t < numTerms; t++) {
                int slot = hashes[t] & mask;
                while (table[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = t;
            }
        }

        private static int hash(int[] values, int size) {
            int h = size * 0x9E3779B9;
            for (int k = 0; k < size; k++) {
                h = (h ^ values[k]) * 0x85EBCA6B;
                h ^= h >>> 13;
            }
            return h ^ (h >>> 16);
        }

        private static void checkFinite(double value) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("The coefficient (" + value + ") is not a finite number.");
            }
        }
    }
}
