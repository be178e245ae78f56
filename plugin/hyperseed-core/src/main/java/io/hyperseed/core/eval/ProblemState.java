package io.hyperseed.core.eval;

import io.hyperseed.core.model.Constraint;
import io.hyperseed.core.model.PolynomialConstraint;
import io.hyperseed.core.model.PuboProblem;
import java.util.List;

/**
 * Objective and constraint violations of a {@link PuboProblem} at a 0/1 point, kept up to date under flips.
 *
 * <p>The objective uses a {@link PolynomialState}; each polynomial constraint keeps its own state and each choice
 * group its count of ones. A flip costs {@code O(deg(v) + sum over constraints c containing v of deg_c(v))}.
 * Not thread-safe.
 */
public final class ProblemState {

    private final PuboProblem problem;
    private final PolynomialState objective;
    private final Constraint[] constraints;
    private final PolynomialState[] lhsStates;
    private final int[] ones;
    private final double[] violations;
    private final int[] constraintOffsets;
    private final int[] constraintsOfVariable;
    private final boolean[] x;
    private final int[] violatedPosition;
    private final int[] violated;
    private int violatedCount;
    private double totalViolation;
    private double choiceViolation;

    /** A state at {@code start} (copied). */
    public ProblemState(PuboProblem problem, boolean[] start) {
        this.problem = problem;
        this.objective = new PolynomialState(problem.objective(), start);
        List<Constraint> list = problem.constraints();
        this.constraints = list.toArray(new Constraint[0]);
        this.lhsStates = new PolynomialState[constraints.length];
        this.ones = new int[constraints.length];
        this.violations = new double[constraints.length];
        int n = problem.numVariables();
        int[] counts = new int[n + 1];
        for (Constraint c : constraints) {
            for (int v : c.variables()) {
                counts[v + 1]++;
            }
        }
        for (int v = 0; v < n; v++) {
            counts[v + 1] += counts[v];
        }
        this.constraintOffsets = counts.clone();
        this.constraintsOfVariable = new int[counts[n]];
        for (int c = 0; c < constraints.length; c++) {
            for (int v : constraints[c].variables()) {
                constraintsOfVariable[counts[v]++] = c;
            }
            if (constraints[c] instanceof PolynomialConstraint p) {
                lhsStates[c] = new PolynomialState(p.lhs(), start);
            }
        }
        this.x = new boolean[n];
        this.violatedPosition = new int[constraints.length];
        this.violated = new int[constraints.length];
        reset(start);
    }

    /** Moves to {@code assignment} (copied). */
    public void reset(boolean[] assignment) {
        System.arraycopy(assignment, 0, x, 0, x.length);
        objective.reset(assignment);
        totalViolation = 0.0;
        choiceViolation = 0.0;
        violatedCount = 0;
        for (int c = 0; c < constraints.length; c++) {
            double lhs;
            if (lhsStates[c] != null) {
                lhsStates[c].reset(assignment);
                lhs = lhsStates[c].value();
            } else {
                ones[c] = (int) constraints[c].lhs(assignment);
                lhs = ones[c];
            }
            violations[c] = constraints[c].violationOfLhs(lhs);
            violatedPosition[c] = -1;
            if (violations[c] > 0) {
                markViolated(c);
            }
            totalViolation += violations[c];
            if (lhsStates[c] == null) {
                choiceViolation += violations[c];
            }
        }
    }

    /** The problem. */
    public PuboProblem problem() {
        return problem;
    }

    /** The current objective value. */
    public double objective() {
        return objective.value();
    }

    /** The current total violation (0 when feasible). */
    public double violation() {
        return totalViolation < 1e-12 ? 0.0 : totalViolation;
    }

    /** The part of {@link #violation()} that comes from choice groups (a whole number). */
    public double choiceViolation() {
        return choiceViolation;
    }

    /** The current violation of constraint {@code c}. */
    public double violation(int c) {
        return violations[c];
    }

    /** True when every constraint holds. */
    public boolean isFeasible() {
        return violation() == 0.0;
    }

    /** The value of variable {@code v}. */
    public boolean get(int v) {
        return x[v];
    }

    /** A copy of the current assignment. */
    public boolean[] assignment() {
        return x.clone();
    }

    /** The change of the objective if {@code v} were flipped. */
    public double objectiveDelta(int v) {
        return objective.flipDelta(v);
    }

    /** The change of the total violation if {@code v} were flipped. */
    public double violationDelta(int v) {
        double delta = 0.0;
        for (int k = constraintOffsets[v]; k < constraintOffsets[v + 1]; k++) {
            int c = constraintsOfVariable[k];
            double lhs =
                    lhsStates[c] != null ? lhsStates[c].value() + lhsStates[c].flipDelta(v) : ones[c] + (x[v] ? -1 : 1);
            delta += constraints[c].violationOfLhs(lhs) - violations[c];
        }
        return delta;
    }

    /** Flips {@code v}. */
    public void flip(int v) {
        objective.flip(v);
        for (int k = constraintOffsets[v]; k < constraintOffsets[v + 1]; k++) {
            int c = constraintsOfVariable[k];
            double lhs;
            if (lhsStates[c] != null) {
                lhsStates[c].flip(v);
                lhs = lhsStates[c].value();
            } else {
                ones[c] += x[v] ? -1 : 1;
                lhs = ones[c];
            }
            double updated = constraints[c].violationOfLhs(lhs);
            totalViolation += updated - violations[c];
            if (lhsStates[c] == null) {
                choiceViolation += updated - violations[c];
            }
            if ((updated > 0) != (violations[c] > 0)) {
                if (updated > 0) {
                    markViolated(c);
                } else {
                    unmarkViolated(c);
                }
            }
            violations[c] = updated;
        }
        x[v] = !x[v];
    }

    private void markViolated(int c) {
        violatedPosition[c] = violatedCount;
        violated[violatedCount++] = c;
    }

    private void unmarkViolated(int c) {
        int at = violatedPosition[c];
        int last = violated[--violatedCount];
        violated[at] = last;
        violatedPosition[last] = at;
        violatedPosition[c] = -1;
    }

    /** The number of constraints. */
    public int numConstraints() {
        return constraints.length;
    }

    /** Constraint {@code c} (in the problem's order). */
    public Constraint constraint(int c) {
        return constraints[c];
    }

    /** The current left-hand side of constraint {@code c} (choice groups: the number of ones). {@code O(1)}. */
    public double lhs(int c) {
        return lhsStates[c] != null ? lhsStates[c].value() : ones[c];
    }

    /** The change of constraint {@code c}'s left-hand side if {@code v} were flipped. {@code O(deg_c(v))}. */
    public double lhsDelta(int c, int v) {
        return lhsStates[c] != null ? lhsStates[c].flipDelta(v) : (x[v] ? -1 : 1);
    }

    /** Where the constraints containing {@code v} start in {@link #constraintAt}; they end at {@code v + 1}'s start. */
    public int constraintStart(int v) {
        return constraintOffsets[v];
    }

    /** The constraint at position {@code k} of the per-variable constraint lists (see {@link #constraintStart}). */
    public int constraintAt(int k) {
        return constraintsOfVariable[k];
    }

    /** The number of violated constraints. {@code O(1)}. */
    public int violatedCount() {
        return violatedCount;
    }

    /** The {@code k}-th violated constraint ({@code 0 <= k < violatedCount()}), in no particular order. */
    public int violatedConstraint(int k) {
        return violated[k];
    }

    /**
     * Starts keeping the objective's costly terms that are on (for MAX-SAT: the unsatisfied soft clauses); see
     * {@link PolynomialState#trackCostlyTerms}. {@code O(T)}.
     */
    public void trackCostlyTerms() {
        objective.trackCostlyTerms(problem.sense().sign());
    }

    /** The number of costly objective terms that are on (0 unless {@link #trackCostlyTerms} was called). */
    public int costlyCount() {
        return objective.costlyCount();
    }

    /** The {@code k}-th costly objective term that is on. */
    public int costlyTerm(int k) {
        return objective.costlyTerm(k);
    }

    /** The objective loss of flipping {@code v} (the weighted WalkSAT break count for MAX-SAT), {@code >= 0}. */
    public double objectiveLoss(int v) {
        return objective.flipLoss(v, problem.sense().sign());
    }

    /** The violation that flipping {@code v} would add, ignoring what it would repair. {@code O(deg)}. */
    public double violationIncrease(int v) {
        double increase = 0.0;
        for (int k = constraintOffsets[v]; k < constraintOffsets[v + 1]; k++) {
            int c = constraintsOfVariable[k];
            double change = constraints[c].violationOfLhs(lhs(c) + lhsDelta(c, v)) - violations[c];
            if (change > 0) {
                increase += change;
            }
        }
        return increase;
    }

    /** The current point as an immutable {@link Solution}. */
    public Solution toSolution() {
        return new Solution(x, objective(), violation());
    }

    /** Compares the current point after flipping {@code v} with now; negative when the flip is better. */
    public int compareFlip(int v) {
        double dv = violationDelta(v);
        if (Math.abs(dv) > 1e-12) {
            return dv < 0 ? -1 : 1;
        }
        double dobj = objectiveDelta(v);
        if (Math.abs(dobj) <= 1e-12 * Math.max(1.0, Math.abs(objective()))) {
            return 0;
        }
        return problem.sense().isBetter(objective() + dobj, objective()) ? -1 : 1;
    }
}
