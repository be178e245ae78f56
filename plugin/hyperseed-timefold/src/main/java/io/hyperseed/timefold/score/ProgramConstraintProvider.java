package io.hyperseed.timefold.score;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import io.hyperseed.timefold.domain.BinaryVariable;
import io.hyperseed.timefold.domain.Row;
import io.hyperseed.timefold.domain.Term;
import io.hyperseed.timefold.domain.TermLiteral;

/**
 * Constraint streams for {@link io.hyperseed.timefold.domain.ProgramSolution}, equivalent to
 * {@link BinaryIncrementalScoreCalculator} on every assigned solution (for users who prefer streams, and as the
 * independent check in {@code FULL_ASSERT} tests). A term is true when all its literals are: literals are joined
 * to their variable by index and counted per term. Unassigned variables count as {@code false}, as in the
 * incremental calculator. Coefficients are those of the fixed-point copy of the problem
 * ({@link io.hyperseed.core.eval.FixedPoint#scaled}, each rounded once by
 * {@link io.hyperseed.core.eval.FixedPoint#units}), the copy the incremental path scores too, so both round the same
 * way. Much slower than the incremental calculator (about 8-16x on max-cut, see {@code docs/timefold.md}).
 */
public class ProgramConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {objective(factory), constraintViolation(factory)};
    }

    /** Rewards (or, with a negative coefficient, penalizes) each true objective term by its coefficient. */
    Constraint objective(ConstraintFactory factory) {
        return trueTerms(factory)
                .filter(Term::isObjective)
                .impact(HardSoftScore.ONE_SOFT, Term::coefficient)
                .asConstraint("objective");
    }

    /** Penalizes each constraint by its violation, its left-hand side being the sum of its true terms. */
    Constraint constraintViolation(ConstraintFactory factory) {
        return trueTerms(factory)
                .filter(term -> !term.isObjective())
                .groupBy(Term::row, sum(Term::coefficient))
                .join(Row.class, Joiners.equal((row, lhs) -> row, Row::index))
                .penalize(HardSoftScore.ONE_HARD, (row, lhs, fact) -> fact.violation(lhs))
                .asConstraint("constraint violation");
    }

    /** The terms whose literals are all true, plus every constant term (so that each row has a left-hand side). */
    private static UniConstraintStream<Term> trueTerms(ConstraintFactory factory) {
        return factory.forEach(TermLiteral.class)
                .join(
                        factory.forEachIncludingUnassigned(BinaryVariable.class),
                        Joiners.equal(TermLiteral::variable, BinaryVariable::getIndex))
                .filter((literal, variable) -> literal.isTrueFor(variable.isTrue()))
                .groupBy((literal, variable) -> literal.term(), countBi())
                .filter((term, trueLiterals) -> trueLiterals == term.degree())
                .map((term, trueLiterals) -> term)
                .concat(factory.forEach(Term.class).filter(Term::isConstant));
    }
}
