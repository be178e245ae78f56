package io.hyperseed.timefold.domain;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.domain.solution.cloner.SolutionCloner;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.HardSoftScore;
import io.hyperseed.core.eval.FixedPoint;
import io.hyperseed.core.eval.ScoreTracker;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.model.PuboProblem;
import java.util.List;
import java.util.Objects;

/**
 * Planning solution of a general (constrained) binary program: one {@link BinaryVariable} per variable of the
 * immutable {@link PuboProblem} (a problem fact). Hard score = minus the total constraint violation, soft = the
 * objective in "larger is better" form, both fixed-point (see {@link BinarySolution}).
 *
 * <p>For the constraint streams it also holds {@link Term}, {@link TermLiteral} and {@link Row} facts
 * ({@code O(T + L)} small records), built once by {@link #of}.
 */
@PlanningSolution(solutionCloner = ProgramSolution.Cloner.class)
public class ProgramSolution implements BinarySolution {

    private static final List<Boolean> VALUES = List.of(Boolean.FALSE, Boolean.TRUE);

    @ProblemFactProperty
    private PuboProblem problem;

    private long scale;

    @ProblemFactCollectionProperty
    private List<Term> terms;

    @ProblemFactCollectionProperty
    private List<TermLiteral> literals;

    @ProblemFactCollectionProperty
    private List<Row> rows;

    @PlanningEntityCollectionProperty
    private List<BinaryVariable> variables;

    @PlanningScore
    private HardSoftScore score;

    /** For the solver's planning cloner. */
    public ProgramSolution() {}

    /**
     * Timefold's planning clone of a program solution: new {@link BinaryVariable} entities, the same (immutable)
     * problem facts and score, in {@code O(n)} (Timefold's generic cloner inspects every fact collection element).
     */
    public static final class Cloner implements SolutionCloner<ProgramSolution> {

        @Override
        public ProgramSolution cloneSolution(ProgramSolution original) {
            ProgramSolution clone = new ProgramSolution();
            clone.problem = original.problem;
            clone.scale = original.scale;
            clone.terms = original.terms;
            clone.literals = original.literals;
            clone.rows = original.rows;
            clone.variables = BinarySolution.planningClone(original.variables);
            clone.score = original.score;
            return clone;
        }
    }

    private ProgramSolution(PuboProblem problem, long scale, ProgramFacts facts, List<BinaryVariable> variables) {
        this.problem = problem;
        this.scale = scale;
        this.terms = facts.terms();
        this.literals = facts.literals();
        this.rows = facts.rows();
        this.variables = variables;
    }

    /** An unassigned solution of {@code problem}. {@code O(T + L)}. */
    public static ProgramSolution of(PuboProblem problem) {
        Objects.requireNonNull(problem, "problem");
        long scale = FixedPoint.scaleOf(problem);
        ProgramFacts facts = ProgramFacts.of(FixedPoint.scaled(problem, scale), scale);
        return new ProgramSolution(problem, scale, facts, BinarySolution.unassigned(problem.numVariables()));
    }

    /** An unassigned solution of the instance's problem (any family, max-cut included as its PUBO). */
    public static ProgramSolution fromInstance(Instance instance) {
        return of(instance.problem());
    }

    /** An unassigned solution, then every variable set to {@code values[i]}. */
    public static ProgramSolution of(PuboProblem problem, boolean[] values) {
        ProgramSolution solution = of(problem);
        solution.assign(values);
        return solution;
    }

    @ValueRangeProvider
    public List<Boolean> getValueRange() {
        return VALUES;
    }

    @Override
    public PuboProblem getProblem() {
        return problem;
    }

    @Override
    public ScoreTracker createScoreTracker() {
        return ScoreTracker.of(problem);
    }

    @Override
    public long scale() {
        return scale;
    }

    @Override
    public List<BinaryVariable> getVariables() {
        return variables;
    }

    /** The constraint-stream term facts. */
    public List<Term> getTerms() {
        return terms;
    }

    /** The constraint-stream literal facts. */
    public List<TermLiteral> getLiterals() {
        return literals;
    }

    /** The constraint-stream row facts. */
    public List<Row> getRows() {
        return rows;
    }

    @Override
    public HardSoftScore getScore() {
        return score;
    }

    public void setScore(HardSoftScore score) {
        this.score = score;
    }

    @Override
    public String toString() {
        return "ProgramSolution[" + problem.name() + ", score=" + score + "]";
    }
}
