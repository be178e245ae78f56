package io.hyperseed.core.model;

/**
 * A constraint over binary variables: a polynomial inequality or equation ({@link PolynomialConstraint}) or a
 * choice group ({@link ChoiceConstraint}: exactly one / at most one of a set of variables is 1).
 */
public sealed interface Constraint permits PolynomialConstraint, ChoiceConstraint {

    /** The constraint's name (unique within a problem; generated when the source gives none). */
    String name();

    /** The left-hand side value at a 0/1 point. */
    double lhs(boolean[] x);

    /** How far {@code x} is from satisfying the constraint; 0 when satisfied. */
    double violation(boolean[] x);

    /** The violation amount for a given left-hand side value. */
    double violationOfLhs(double lhs);

    /** The variables the constraint reads, ascending and without duplicates. */
    int[] variables();
}
