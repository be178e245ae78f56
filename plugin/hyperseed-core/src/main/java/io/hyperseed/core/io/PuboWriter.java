package io.hyperseed.core.io;

import io.hyperseed.core.model.ChoiceConstraint;
import io.hyperseed.core.model.Constraint;
import io.hyperseed.core.model.Literal;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PolynomialConstraint;
import io.hyperseed.core.model.PuboProblem;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes any {@link PuboProblem} in Hyperseed's PUBO text format (read back by {@link PuboReader}): coefficients in
 * their shortest exact decimal form, so {@code read(write(p))} evaluates identically on every point. The output is
 * deterministic (term order of the polynomial, at most {@value #TERMS_PER_LINE} terms per {@code objective:} line,
 * {@value #NAMES_PER_LINE} names per {@code vars} line, {@code \n} line ends). {@code O(L)} for {@code L} literals.
 */
public final class PuboWriter {

    /** Objective terms written per {@code objective:} line. */
    public static final int TERMS_PER_LINE = 8;

    /** Variable names written per {@code vars} line. */
    public static final int NAMES_PER_LINE = 16;

    private PuboWriter() {}

    /** Writes {@code problem} to {@code file} (UTF-8), creating parent folders. */
    public static void write(PuboProblem problem, Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(problem, out);
        }
    }

    /** Writes {@code problem} to {@code out} (not closed). */
    public static void write(PuboProblem problem, Writer out) throws IOException {
        int n = problem.numVariables();
        out.write("# " + problem.name() + ": " + count(n, "variable") + ", "
                + count(problem.objective().numTerms(), "term") + ", "
                + count(problem.constraints().size(), "constraint") + "\n");
        out.write("pubo " + problem.sense().name().toLowerCase() + "\n");
        if (n == 0) {
            out.write("vars 0\n");
        }
        for (int i = 0; i < n; i += NAMES_PER_LINE) {
            out.write("vars");
            for (int k = i; k < Math.min(n, i + NAMES_PER_LINE); k++) {
                out.write(' ');
                out.write(PuboSyntax.name(problem.variableName(k)));
            }
            out.write('\n');
        }
        Polynomial objective = problem.objective();
        if (objective.numTerms() == 0) {
            out.write("objective: " + PuboSyntax.number(objective.constant()) + "\n");
        }
        for (int t = 0; t < objective.numTerms(); t += TERMS_PER_LINE) {
            StringBuilder line = new StringBuilder("objective:");
            for (int k = t; k < Math.min(objective.numTerms(), t + TERMS_PER_LINE); k++) {
                term(line, problem, objective, k, k == t);
            }
            if (t + TERMS_PER_LINE >= objective.numTerms() && objective.constant() != 0.0) {
                constant(line, objective.constant(), false);
            }
            out.write(line.append('\n').toString());
        }
        for (Constraint c : problem.constraints()) {
            StringBuilder line = new StringBuilder();
            if (c instanceof PolynomialConstraint p) {
                line.append("constraint ").append(PuboSyntax.name(p.name())).append(':');
                Polynomial lhs = p.lhs();
                for (int k = 0; k < lhs.numTerms(); k++) {
                    term(line, problem, lhs, k, k == 0);
                }
                if (lhs.constant() != 0.0 || lhs.numTerms() == 0) {
                    constant(line, lhs.constant(), lhs.numTerms() == 0);
                }
                line.append(' ').append(p.relation().symbol()).append(' ').append(PuboSyntax.number(p.rhs()));
            } else if (c instanceof ChoiceConstraint g) {
                line.append(g.kind() == ChoiceConstraint.Kind.EXACTLY_ONE ? "exactly-one " : "at-most-one ")
                        .append(PuboSyntax.name(g.name()))
                        .append(':');
                for (int k = 0; k < g.size(); k++) {
                    line.append(' ').append(PuboSyntax.name(problem.variableName(g.variable(k))));
                }
            }
            out.write(line.append('\n').toString());
        }
    }

    private static String count(int k, String noun) {
        return k + " " + noun + (k == 1 ? "" : "s");
    }

    private static void term(StringBuilder line, PuboProblem problem, Polynomial p, int t, boolean first) {
        double c = p.coefficient(t);
        if (first) {
            line.append(c < 0 ? " -" : "");
        } else {
            line.append(c < 0 ? " -" : " +");
        }
        double magnitude = Math.abs(c);
        if (magnitude != 1.0) {
            line.append(' ').append(PuboSyntax.number(magnitude));
        }
        line.append(' ');
        for (int k = 0; k < p.degree(t); k++) {
            int literal = p.literal(t, k);
            if (k > 0) {
                line.append('*');
            }
            if (Literal.isNegated(literal)) {
                line.append('~');
            }
            line.append(PuboSyntax.name(problem.variableName(Literal.variable(literal))));
        }
    }

    private static void constant(StringBuilder line, double value, boolean first) {
        if (first) {
            line.append(' ').append(PuboSyntax.number(value));
        } else {
            line.append(value < 0 ? " - " : " + ").append(PuboSyntax.number(Math.abs(value)));
        }
    }
}
