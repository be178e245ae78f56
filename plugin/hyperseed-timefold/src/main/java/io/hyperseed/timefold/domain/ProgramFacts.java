package io.hyperseed.timefold.domain;

import io.hyperseed.core.model.ChoiceConstraint;
import io.hyperseed.core.model.Constraint;
import io.hyperseed.core.model.Literal;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PolynomialConstraint;
import io.hyperseed.core.model.PuboProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * The problem facts of a {@link ProgramSolution} for the constraint streams, built from the fixed-point copy of
 * the problem: one {@link Term} per term (plus one constant term per row), one {@link TermLiteral} per literal and
 * one {@link Row} per constraint. Choice groups become linear rows with coefficient 1 per variable.
 * {@code O(T + L + sum of group sizes)}.
 *
 * @param terms every term, objective first
 * @param literals every literal of every term
 * @param rows one per constraint, in problem order
 */
record ProgramFacts(List<Term> terms, List<TermLiteral> literals, List<Row> rows) {

    ProgramFacts {
        terms = List.copyOf(terms);
        literals = List.copyOf(literals);
        rows = List.copyOf(rows);
    }

    /**
     * The facts of {@code scaled}, a problem whose coefficients are whole numbers (see
     * {@link io.hyperseed.core.eval.FixedPoint#scaled}), with choice-group violations worth {@code scale}.
     */
    static ProgramFacts of(PuboProblem scaled, long scale) {
        List<Term> terms = new ArrayList<>();
        List<TermLiteral> literals = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        add(scaled.objective(), Term.OBJECTIVE, scaled.sense().sign(), terms, literals);
        List<Constraint> constraints = scaled.constraints();
        for (int c = 0; c < constraints.size(); c++) {
            Constraint constraint = constraints.get(c);
            if (constraint instanceof PolynomialConstraint p) {
                add(p.lhs(), c, 1, terms, literals);
                rows.add(new Row(c, constraint, 1));
            } else {
                add(countOfOnes((ChoiceConstraint) constraint, scaled.numVariables()), c, 1, terms, literals);
                rows.add(new Row(c, constraint, scale));
            }
        }
        return new ProgramFacts(terms, literals, rows);
    }

    private static Polynomial countOfOnes(ChoiceConstraint group, int numVariables) {
        Polynomial.Builder sum = Polynomial.builder(numVariables);
        for (int k = 0; k < group.size(); k++) {
            sum.addTerm(1.0, Literal.positive(group.variable(k)));
        }
        return sum.build();
    }

    private static void add(Polynomial polynomial, int row, int sign, List<Term> terms, List<TermLiteral> literals) {
        terms.add(new Term(terms.size(), row, sign * Math.round(polynomial.constant()), 0));
        for (int t = 0; t < polynomial.numTerms(); t++) {
            Term term = new Term(terms.size(), row, sign * Math.round(polynomial.coefficient(t)), polynomial.degree(t));
            terms.add(term);
            for (int k = 0; k < term.degree(); k++) {
                int literal = polynomial.literal(t, k);
                literals.add(new TermLiteral(term, Literal.variable(literal), Literal.isNegated(literal)));
            }
        }
    }
}
