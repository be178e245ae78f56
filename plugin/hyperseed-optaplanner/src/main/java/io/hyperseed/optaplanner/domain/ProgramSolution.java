package io.hyperseed.optaplanner.domain;

import io.hyperseed.core.eval.ScoreTracker;
import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.model.PuboProblem;
import java.util.Objects;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;

/**
 * Planning solution for a constrained 0-1 program: the immutable {@link PuboProblem} as a problem fact and one
 * {@link BinaryVariable} per variable. Score: hard = minus the total violation, soft = the objective in "larger
 * is better" form, both exact fixed-point longs ({@link io.hyperseed.core.eval.FixedPoint}).
 */
@PlanningSolution
public class ProgramSolution extends BinarySolution {

    @ProblemFactProperty
    private PuboProblem problem;

    /** For the planning cloner only. */
    public ProgramSolution() {}

    private ProgramSolution(PuboProblem problem) {
        super(problem.numVariables());
        this.problem = problem;
    }

    /** An unassigned solution of {@code problem}. {@code O(n)}. */
    public static ProgramSolution of(PuboProblem problem) {
        return new ProgramSolution(Objects.requireNonNull(problem, "problem"));
    }

    @Override
    public ScoreTracker createScoreTracker() {
        return ScoreTracker.of(problem);
    }

    /** The problem fact. */
    @Override
    public PuboProblem getProblem() {
        return problem;
    }

    @Override
    public Solution toSolution() {
        return Solution.evaluate(problem, assignment());
    }
}
