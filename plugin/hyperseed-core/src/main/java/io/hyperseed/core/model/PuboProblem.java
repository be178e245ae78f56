package io.hyperseed.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable (constrained) polynomial unconstrained binary optimisation problem: {@code n} binary variables
 * with optional names, an objective {@link Polynomial} with an explicit {@link Sense}, and zero or more
 * {@link Constraint}s. A QUBO, a hypergraph max-cut, a MAX-SAT instance and a multidimensional knapsack are all
 * instances of this one type.
 *
 * <p>Variable names are those of the source file (vertex names, {@code x1}, ...); they are used when writing
 * solutions so that other tools can check them. Names default to {@code x0..x(n-1)}.
 */
public final class PuboProblem {

    private final String name;
    private final int numVariables;
    private final String[] variableNames;
    private final Sense sense;
    private final Polynomial objective;
    private final List<Constraint> constraints;
    private volatile Map<String, Integer> indexByName;

    private PuboProblem(
            String name, String[] variableNames, Sense sense, Polynomial objective, List<Constraint> constraints) {
        this.name = name;
        this.numVariables = objective.numVariables();
        this.variableNames = variableNames;
        this.sense = sense;
        this.objective = objective;
        this.constraints = List.copyOf(constraints);
    }

    /** Starts a problem over {@code numVariables} variables with the given direction. */
    public static Builder builder(int numVariables, Sense sense) {
        return new Builder(numVariables, sense);
    }

    /** An unconstrained problem with the given objective. */
    public static PuboProblem of(String name, Sense sense, Polynomial objective) {
        return new Builder(objective.numVariables(), sense)
                .name(name)
                .objective(objective)
                .build();
    }

    /** The problem's name (usually the instance file's base name). */
    public String name() {
        return name;
    }

    /** The number of binary variables. */
    public int numVariables() {
        return numVariables;
    }

    /** The name of variable {@code i}. */
    public String variableName(int i) {
        return variableNames == null ? "x" + i : variableNames[i];
    }

    /** The index of the variable with this name, or -1. */
    public int indexOf(String variableName) {
        Map<String, Integer> map = indexByName;
        if (map == null) {
            map = new HashMap<>(numVariables * 2);
            for (int i = 0; i < numVariables; i++) {
                map.put(variableName(i), i);
            }
            indexByName = map;
        }
        return map.getOrDefault(variableName, -1);
    }

    /** Minimise or maximise. */
    public Sense sense() {
        return sense;
    }

    /** The objective polynomial. */
    public Polynomial objective() {
        return objective;
    }

    /** The constraints (unmodifiable). */
    public List<Constraint> constraints() {
        return constraints;
    }

    /** True when there is at least one constraint. */
    public boolean isConstrained() {
        return !constraints.isEmpty();
    }

    /** The objective at a 0/1 point. */
    public double objectiveValue(boolean[] x) {
        return objective.evaluate(x);
    }

    /** The sum of all constraint violations at a 0/1 point (0 when feasible). */
    public double totalViolation(boolean[] x) {
        double total = 0.0;
        for (Constraint c : constraints) {
            total += c.violation(x);
        }
        return total;
    }

    /** True when every constraint holds at {@code x}. */
    public boolean isFeasible(boolean[] x) {
        return totalViolation(x) == 0.0;
    }

    /**
     * Compares two evaluated points, feasibility first: lower violation wins, then the better objective in this
     * problem's direction. Negative when {@code (v1, o1)} is better.
     */
    public int compare(double violation1, double objective1, double violation2, double objective2) {
        if (violation1 != violation2) {
            return violation1 < violation2 ? -1 : 1;
        }
        if (objective1 == objective2) {
            return 0;
        }
        return sense.isBetter(objective1, objective2) ? -1 : 1;
    }

    @Override
    public String toString() {
        return "PuboProblem[" + name + ": " + numVariables + " variables, " + objective.numTerms() + " terms, "
                + constraints.size() + " constraints, " + sense.name().toLowerCase() + "]";
    }

    /** Builds a {@link PuboProblem}; checks that names are unique and constraints are in range. */
    public static final class Builder {

        private final int numVariables;
        private final Sense sense;
        private String name = "problem";
        private String[] variableNames;
        private Polynomial objective;
        private final List<Constraint> constraints = new ArrayList<>();

        private Builder(int numVariables, Sense sense) {
            if (numVariables < 0) {
                throw new IllegalArgumentException(
                        "The number of variables (" + numVariables + ") must not be negative.");
            }
            this.numVariables = numVariables;
            this.sense = Objects.requireNonNull(sense, "sense");
        }

        /** Sets the problem name. */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /** Sets the variable names (copied; must be unique, non-blank, without whitespace). */
        public Builder variableNames(String[] names) {
            if (names.length != numVariables) {
                throw new IllegalArgumentException("The number of names (" + names.length
                        + ") differs from the number of variables (" + numVariables + ").");
            }
            Map<String, Integer> seen = new HashMap<>(names.length * 2);
            for (int i = 0; i < names.length; i++) {
                String n = names[i];
                if (n == null || n.isEmpty() || n.chars().anyMatch(Character::isWhitespace)) {
                    throw new IllegalArgumentException(
                            "The name of variable " + i + " (" + n + ") is empty or contains whitespace.");
                }
                Integer previous = seen.put(n, i);
                if (previous != null) {
                    throw new IllegalArgumentException(
                            "The variable name (" + n + ") is used by variables " + previous + " and " + i + ".");
                }
            }
            this.variableNames = names.clone();
            return this;
        }

        /** Sets the objective; its variable count must match. */
        public Builder objective(Polynomial objective) {
            if (objective.numVariables() != numVariables) {
                throw new IllegalArgumentException("The objective has " + objective.numVariables()
                        + " variables, the problem " + numVariables + ".");
            }
            this.objective = objective;
            return this;
        }

        /** Adds a constraint; its variables must be in range. */
        public Builder addConstraint(Constraint constraint) {
            if (constraint instanceof PolynomialConstraint p && p.lhs().numVariables() != numVariables) {
                throw new IllegalArgumentException("Constraint " + p.name() + " has "
                        + p.lhs().numVariables() + " variables, the problem " + numVariables + ".");
            }
            if (constraint instanceof ChoiceConstraint c) {
                int last = c.variable(c.size() - 1);
                if (last >= numVariables) {
                    throw new IllegalArgumentException("Constraint " + c.name() + " refers to variable " + last
                            + ", outside [0, " + numVariables + ").");
                }
            }
            constraints.add(constraint);
            return this;
        }

        /** Adds {@code lhs REL rhs}, named {@code c<k>} after its position. */
        public Builder addConstraint(Polynomial lhs, Relation relation, double rhs) {
            return addConstraint(new PolynomialConstraint("c" + (constraints.size() + 1), lhs, relation, rhs));
        }

        /** The problem (objective defaults to zero). */
        public PuboProblem build() {
            Polynomial obj = objective == null ? Polynomial.zero(numVariables) : objective;
            Set<String> names = new HashSet<>();
            for (Constraint c : constraints) {
                if (!names.add(c.name())) {
                    throw new IllegalArgumentException("Two constraints are named (" + c.name() + ").");
                }
            }
            return new PuboProblem(name, variableNames, sense, obj, constraints);
        }
    }

    /** A copy of the names, or null when defaulted. */
    public String[] variableNamesOrNull() {
        return variableNames == null ? null : Arrays.copyOf(variableNames, variableNames.length);
    }
}
