package io.hyperseed.core.model;

/**
 * Encoding of a literal as one {@code int}: {@code x_i} is {@code 2i}, its complement {@code (1 - x_i)} is
 * {@code 2i + 1}. Flat arrays of encoded literals keep terms compact and cache friendly.
 */
public final class Literal {

    /** The largest variable index a literal can encode. */
    public static final int MAX_VARIABLE = (Integer.MAX_VALUE >> 1) - 1;

    private Literal() {}

    /** The literal {@code x_variable}. */
    public static int positive(int variable) {
        checkVariable(variable);
        return variable << 1;
    }

    /** The literal {@code (1 - x_variable)}. */
    public static int negative(int variable) {
        checkVariable(variable);
        return (variable << 1) | 1;
    }

    /** The literal {@code x_variable} when {@code negated} is false, else {@code (1 - x_variable)}. */
    public static int of(int variable, boolean negated) {
        return negated ? negative(variable) : positive(variable);
    }

    /** The variable index of an encoded literal. */
    public static int variable(int literal) {
        return literal >>> 1;
    }

    /** True when the literal is the complement {@code (1 - x)}. */
    public static boolean isNegated(int literal) {
        return (literal & 1) != 0;
    }

    /** The value (0 or 1) of the literal when its variable has the given value. */
    public static boolean value(int literal, boolean variableValue) {
        return variableValue != isNegated(literal);
    }

    /** The value of the literal in the relaxation, {@code x} or {@code 1 - x}. */
    public static double relaxedValue(int literal, double x) {
        return isNegated(literal) ? 1.0 - x : x;
    }

    /** Human-readable form, {@code x3} or {@code (1-x3)}. */
    public static String toString(int literal) {
        return isNegated(literal) ? "(1-x" + variable(literal) + ")" : "x" + variable(literal);
    }

    private static void checkVariable(int variable) {
        if (variable < 0 || variable > MAX_VARIABLE) {
            throw new IllegalArgumentException(
                    "The variable index (" + variable + ") is out of range [0, " + MAX_VARIABLE + "].");
        }
    }
}
