package io.hyperseed.core.model.decision;

import io.hyperseed.core.model.ChoiceConstraint;
import io.hyperseed.core.model.Constraint;
import io.hyperseed.core.model.Literal;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PolynomialConstraint;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Relation;
import java.util.Arrays;
import java.util.Objects;

/**
 * Substitutes fixed values (pinned entities) into a PUBO: the reduced problem has one variable per free variable,
 * in order, and for every assignment {@code y} of the free variables
 * {@code reduced.objectiveValue(y) == full.objectiveValue(expand(y))} and the total violations agree as well,
 * except that constraints left without a free variable are dropped (their violation no longer depends on the
 * free variables; {@link #droppedConstraints()} counts them).
 *
 * <p>Terms with a fixed literal that is false vanish, fixed literals that are true are removed from their term. A
 * choice group that keeps all its variables free stays a group; one with a fixed member becomes the linear
 * constraint {@code sum(free members) + fixed ones = 1} ({@code <= 1} for at most one). Cost {@code O(L + n)} for
 * {@code L} literals in the objective and constraints.
 */
public final class FixedVariables {

    private final PuboProblem full;
    private final Boolean[] fixed;
    private final int[] freeToFull;
    private final int[] fullToFree;
    private final PuboProblem reduced;
    private int dropped;

    /**
     * @param full the problem over all decisions
     * @param fixed per variable of {@code full}: its fixed value, or null when free (copied)
     */
    public FixedVariables(PuboProblem full, Boolean[] fixed) {
        this.full = Objects.requireNonNull(full, "full");
        if (fixed.length != full.numVariables()) {
            throw new IllegalArgumentException("The fixed values (" + fixed.length + ") do not match the problem's "
                    + full.numVariables() + " variables.");
        }
        this.fixed = fixed.clone();
        this.fullToFree = new int[fixed.length];
        int free = 0;
        for (int i = 0; i < fixed.length; i++) {
            fullToFree[i] = fixed[i] == null ? free++ : -1;
        }
        this.freeToFull = new int[free];
        for (int i = 0; i < fixed.length; i++) {
            if (fullToFree[i] >= 0) {
                freeToFull[fullToFree[i]] = i;
            }
        }
        this.reduced = reduce();
    }

    /** The problem over the free variables. */
    public PuboProblem reduced() {
        return reduced;
    }

    /** The number of free variables. */
    public int numFree() {
        return freeToFull.length;
    }

    /** The full index of free variable {@code k}. */
    public int fullIndex(int k) {
        return freeToFull[k];
    }

    /** How many constraints had no free variable left and were dropped. */
    public int droppedConstraints() {
        return dropped;
    }

    /** The full assignment: the fixed values plus {@code free} at the free positions. */
    public boolean[] expand(boolean[] free) {
        if (free.length != freeToFull.length) {
            throw new IllegalArgumentException(
                    "The free values (" + free.length + ") do not match the " + freeToFull.length + " free variables.");
        }
        boolean[] values = new boolean[fixed.length];
        for (int i = 0; i < fixed.length; i++) {
            values[i] = fixed[i] == null ? free[fullToFree[i]] : fixed[i];
        }
        return values;
    }

    /** The free part of a full assignment. */
    public boolean[] restrict(boolean[] values) {
        boolean[] free = new boolean[freeToFull.length];
        for (int k = 0; k < free.length; k++) {
            free[k] = values[freeToFull[k]];
        }
        return free;
    }

    /**
     * The start values of the free variables for a warm start ({@code SeedingContext.startValues}): 1 for true, 0
     * for false and 0.5 for a decision without a value ({@code null}), from the full current values.
     */
    public float[] startValues(Boolean[] current) {
        if (current.length != fixed.length) {
            throw new IllegalArgumentException(
                    "The current values (" + current.length + ") do not match the " + fixed.length + " variables.");
        }
        float[] start = new float[freeToFull.length];
        for (int k = 0; k < start.length; k++) {
            Boolean value = current[freeToFull[k]];
            start[k] = value == null ? 0.5f : value ? 1f : 0f;
        }
        return start;
    }

    private PuboProblem reduce() {
        int n = freeToFull.length;
        PuboProblem.Builder builder =
                PuboProblem.builder(n, full.sense()).name(full.name()).objective(substitute(full.objective()));
        String[] names = full.variableNamesOrNull();
        if (names != null) {
            String[] kept = new String[n];
            for (int k = 0; k < n; k++) {
                kept[k] = names[freeToFull[k]];
            }
            builder.variableNames(kept);
        }
        for (Constraint constraint : full.constraints()) {
            Constraint substituted = switch (constraint) {
                case PolynomialConstraint p -> substitute(p);
                case ChoiceConstraint c -> substitute(c);
            };
            if (substituted == null) {
                dropped++;
            } else {
                builder.addConstraint(substituted);
            }
        }
        return builder.build();
    }

    private Polynomial substitute(Polynomial polynomial) {
        Polynomial.Builder builder = Polynomial.builder(freeToFull.length).addConstant(polynomial.constant());
        int[] kept = new int[Math.max(1, polynomial.maxDegree())];
        for (int t = 0; t < polynomial.numTerms(); t++) {
            int size = 0;
            boolean vanishes = false;
            for (int k = 0; k < polynomial.degree(t) && !vanishes; k++) {
                int literal = polynomial.literal(t, k);
                int variable = Literal.variable(literal);
                if (fixed[variable] == null) {
                    kept[size++] = Literal.of(fullToFree[variable], Literal.isNegated(literal));
                } else {
                    vanishes = !Literal.value(literal, fixed[variable]);
                }
            }
            if (!vanishes) {
                builder.addTerm(polynomial.coefficient(t), kept, 0, size);
            }
        }
        return builder.build();
    }

    private Constraint substitute(PolynomialConstraint constraint) {
        Polynomial lhs = substitute(constraint.lhs());
        return lhs.numTerms() == 0
                ? null
                : new PolynomialConstraint(constraint.name(), lhs, constraint.relation(), constraint.rhs());
    }

    private Constraint substitute(ChoiceConstraint group) {
        int[] members = group.variables();
        int[] free = Arrays.stream(members)
                .filter(v -> fixed[v] == null)
                .map(v -> fullToFree[v])
                .toArray();
        if (free.length == members.length) {
            return new ChoiceConstraint(group.name(), group.kind(), free);
        }
        if (free.length == 0) {
            return null;
        }
        long ones = Arrays.stream(members)
                .filter(v -> Boolean.TRUE.equals(fixed[v]))
                .count();
        Polynomial.Builder lhs = Polynomial.builder(freeToFull.length).addConstant(ones);
        for (int v : free) {
            lhs.addTerm(1.0, Literal.positive(v));
        }
        Relation relation = group.kind() == ChoiceConstraint.Kind.EXACTLY_ONE ? Relation.EQUAL : Relation.LESS_OR_EQUAL;
        return new PolynomialConstraint(group.name(), lhs.build(), relation, 1.0);
    }
}
