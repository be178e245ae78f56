package io.hyperseed.core.io;

import io.hyperseed.core.model.ChoiceConstraint;
import io.hyperseed.core.model.Literal;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PolynomialConstraint;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Relation;
import io.hyperseed.core.model.Sense;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Hyperseed's own PUBO text format (documented in {@code docs/formats.md}; written by {@link PuboWriter}):
 * <pre>
 * # comment
 * pubo minimize
 * vars x1 x2 x3 x4
 * objective: -1 x1 - 0.8451 x1*x2 + x3*x4 + 2 x4
 * constraint c1: 2 x1 + 1.7183 x2 + 3 x1*x3 &lt;= 4
 * exactly-one g1: x1 x2 x3
 * at-most-one g2: x2 x4
 * </pre>
 * A literal is a name or {@code ~name} for {@code (1 - x)}; a term is an optional sign, an optional coefficient and
 * a product of literals joined by {@code *}. {@code objective:} lines add up. Without a {@code vars} line variables
 * are declared in order of first use; {@code vars N} declares {@code x1..xN}. Names that look like numbers or hold
 * {@code * ~ : # "} are written in double quotes. {@code O(file size)}.
 */
public final class PuboReader implements InstanceReader {

    @Override
    public Format format() {
        return Format.PUBO;
    }

    @Override
    public List<Instance> read(Path file) throws IOException {
        PuboProblem problem = readProblem(file);
        return List.of(new Instance(problem.name(), file, Format.PUBO, problem, null));
    }

    /** Reads the problem, named after the file. */
    public PuboProblem readProblem(Path file) throws IOException {
        try (LineScanner scanner = LineScanner.open(file)) {
            return ReaderSupport.checked(file, () -> new Parse(scanner).run(ReaderSupport.baseName(file)));
        }
    }

    /** One parse: the scanner, the declared names and the expressions read so far. */
    private static final class Parse {
        private final LineScanner s;
        private Sense sense;
        private final List<String> names = new ArrayList<>();
        private final Map<String, Integer> ids = new HashMap<>();
        private boolean declared;
        private boolean used;
        private final Expr objective = new Expr();
        private final List<Pending> constraints = new ArrayList<>();
        private final Set<String> constraintNames = new HashSet<>();

        Parse(LineScanner s) {
            this.s = s;
        }

        PuboProblem run(String name) throws IOException {
            while (s.nextDataLine("#")) {
                line(s.rest());
            }
            if (sense == null) {
                throw s.errorAtEnd(
                        s.lineNumber() == 0
                                ? "the file is empty; a 'pubo minimize' or 'pubo maximize' " + "line was expected."
                                : "the 'pubo minimize' or 'pubo maximize' line is missing.");
            }
            int n = names.size();
            PuboProblem.Builder builder = PuboProblem.builder(n, sense)
                    .name(name)
                    .variableNames(names.toArray(new String[0]))
                    .objective(objective.build(n));
            for (Pending c : constraints) {
                try {
                    builder.addConstraint(
                            c.lhs() != null
                                    ? new PolynomialConstraint(c.name(), c.lhs().build(n), c.relation(), c.rhs())
                                    : new ChoiceConstraint(c.name(), c.kind(), c.variables()));
                } catch (IllegalArgumentException e) {
                    throw new InstanceFormatException(s.file(), c.line(), e.getMessage(), e);
                }
            }
            return builder.build();
        }

        private void line(String text) throws InstanceFormatException {
            int end = 0;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != ':') {
                end++;
            }
            String keyword = text.substring(0, end);
            if (!keyword.equals("pubo") && sense == null) {
                throw s.error("the first line must be 'pubo minimize' or 'pubo maximize', found ("
                        + LineScanner.shorten(text) + ").");
            }
            switch (keyword) {
                case "pubo" -> sense(text.substring(end).trim());
                case "vars" -> vars(tokens(text.substring(end).replaceFirst("^\\s*:", "")));
                case "objective", "constraint", "exactly-one", "at-most-one" -> {
                    int colon = PuboSyntax.indexOutsideQuotes(text, ':', end);
                    if (colon < 0) {
                        throw s.error("the '" + keyword + "' line has no ':'. Maybe write '" + keyword
                                + (keyword.equals("objective") ? "" : " name") + ": ...'?");
                    }
                    List<String> head = tokens(text.substring(end, colon));
                    String body = text.substring(colon + 1);
                    if (keyword.equals("objective")) {
                        if (!head.isEmpty()) {
                            throw s.error("'objective' takes no name, found (" + head.get(0) + ").");
                        }
                        expression(tokens(body), objective, false);
                    } else {
                        constraint(keyword, head, body);
                    }
                }
                default ->
                    throw s.error("unknown directive (" + LineScanner.shorten(keyword) + "). Expected pubo, "
                            + "vars, objective:, constraint, exactly-one or at-most-one.");
            }
        }

        private void sense(String word) throws InstanceFormatException {
            if (sense != null) {
                throw s.error("a second 'pubo' line.");
            }
            sense = switch (word.toLowerCase()) {
                case "minimize", "minimise", "min" -> Sense.MINIMIZE;
                case "maximize", "maximise", "max" -> Sense.MAXIMIZE;
                default ->
                    throw s.error("the direction (" + LineScanner.shorten(word) + ") is not 'minimize' or 'maximize'.");
            };
        }

        private void vars(List<String> tokens) throws InstanceFormatException {
            if (used) {
                throw s.error("'vars' must come before the objective and the constraints.");
            }
            if (tokens.size() == 1 && !tokens.get(0).startsWith("\"") && BipnnReader.isInteger(tokens.get(0))) {
                if (declared) {
                    throw s.error("'vars N' must be the only 'vars' line.");
                }
                long count;
                try {
                    count = Long.parseLong(tokens.get(0));
                } catch (NumberFormatException e) {
                    throw s.error("the number of variables (" + LineScanner.shorten(tokens.get(0)) + ") is too large.");
                }
                int n = s.checkVariableCount(count, "the number of variables");
                for (int i = 1; i <= n; i++) {
                    declare("x" + i);
                }
                declared = true;
                return;
            }
            for (String token : tokens) {
                if (LineScanner.isNumber(token) || PuboSyntax.isNonFinite(token)) {
                    throw s.error("the name (" + LineScanner.shorten(token) + ") looks like a number. Maybe write it"
                            + " in double quotes, \"" + LineScanner.shorten(token) + "\"?");
                }
                declare(checkName(PuboSyntax.unquote(token)));
            }
            declared = true;
        }

        private void declare(String name) throws InstanceFormatException {
            if (ids.putIfAbsent(name, names.size()) != null) {
                throw s.error("the variable (" + LineScanner.shorten(name) + ") is declared twice.");
            }
            if (names.size() >= Literal.MAX_VARIABLE) {
                throw s.error("too many variables.");
            }
            names.add(name);
        }

        private String checkName(String name) throws InstanceFormatException {
            if (name.isEmpty() || name.chars().anyMatch(Character::isWhitespace)) {
                throw s.error("the variable name (" + LineScanner.shorten(name) + ") is empty or contains blanks.");
            }
            return name;
        }

        private int variable(String token) throws InstanceFormatException {
            String name = checkName(PuboSyntax.unquote(token));
            Integer id = ids.get(name);
            if (id != null) {
                return id;
            }
            if (declared) {
                throw s.error("unknown variable (" + LineScanner.shorten(name) + "): it is not in the 'vars' list.");
            }
            declare(name);
            return names.size() - 1;
        }

        private void constraint(String keyword, List<String> head, String body) throws InstanceFormatException {
            if (head.size() > 1) {
                throw s.error("a constraint name must be one word, found ("
                        + LineScanner.shorten(String.join(" ", head)) + ").");
            }
            String name = head.isEmpty() ? "c" + (constraints.size() + 1) : PuboSyntax.unquote(head.get(0));
            if (!constraintNames.add(name)) {
                throw s.error("a second constraint named (" + LineScanner.shorten(name) + ").");
            }
            List<String> tokens = tokens(body);
            if (keyword.equals("constraint")) {
                Expr lhs = new Expr();
                int rel = -1;
                for (int k = 0; k < tokens.size(); k++) {
                    if (Relation.parse(tokens.get(k)) != null) {
                        rel = k;
                        break;
                    }
                }
                if (rel < 0 || rel != tokens.size() - 2) {
                    throw s.error("a constraint needs 'expression <=|=|>= number', found ("
                            + LineScanner.shorten(body.trim()) + ").");
                }
                expression(tokens.subList(0, rel), lhs, true);
                double rhs = s.parseDouble("the right-hand side", tokens.get(rel + 1));
                constraints.add(
                        new Pending(name, s.lineNumber(), lhs, Relation.parse(tokens.get(rel)), rhs, null, null));
            } else {
                used = true;
                if (tokens.isEmpty()) {
                    throw s.error("the group (" + name + ") lists no variables.");
                }
                int[] vars = new int[tokens.size()];
                for (int k = 0; k < vars.length; k++) {
                    vars[k] = variable(tokens.get(k));
                }
                constraints.add(new Pending(
                        name,
                        s.lineNumber(),
                        null,
                        null,
                        0.0,
                        keyword.equals("exactly-one")
                                ? ChoiceConstraint.Kind.EXACTLY_ONE
                                : ChoiceConstraint.Kind.AT_MOST_ONE,
                        vars));
            }
        }

        private void expression(List<String> tokens, Expr into, boolean isConstraint) throws InstanceFormatException {
            used = true;
            if (tokens.isEmpty()) {
                throw s.error("the " + (isConstraint ? "left-hand side" : "objective") + " is empty. Maybe write 0?");
            }
            double sign = 1.0;
            boolean signPending = false;
            double coefficient = Double.NaN;
            boolean afterTerm = false;
            int[] literals = new int[8];
            for (String t : tokens) {
                if (t.equals("+") || t.equals("-")) {
                    if (!Double.isNaN(coefficient)) {
                        into.constant += coefficient;
                        coefficient = Double.NaN;
                    } else if (signPending) {
                        throw s.error("two signs in a row.");
                    }
                    sign = t.equals("-") ? -1.0 : 1.0;
                    signPending = true;
                } else if (LineScanner.isNumber(t) || PuboSyntax.isNonFinite(t)) {
                    if (!Double.isNaN(coefficient)) {
                        throw s.error("two numbers in a row (" + PuboSyntax.number(coefficient) + " " + t
                                + "). Maybe a '+' or '*' is missing?");
                    }
                    if (afterTerm && !signPending && t.charAt(0) != '-' && t.charAt(0) != '+') {
                        throw s.error("a '+' or '-' is missing before (" + LineScanner.shorten(t) + ").");
                    }
                    coefficient = sign * s.parseDouble("a coefficient", t);
                    sign = 1.0;
                    signPending = false;
                } else {
                    if (t.length() > 1 && (t.charAt(0) == '-' || t.charAt(0) == '+')) {
                        if (signPending) {
                            throw s.error("two signs in a row.");
                        }
                        if (!Double.isNaN(coefficient)) {
                            into.constant += coefficient;
                            coefficient = Double.NaN;
                        }
                        sign = t.charAt(0) == '-' ? -1.0 : 1.0;
                        signPending = true;
                        t = t.substring(1);
                    }
                    if (afterTerm && !signPending && Double.isNaN(coefficient)) {
                        throw s.error("a '+' or '-' is missing before (" + LineScanner.shorten(t) + ").");
                    }
                    double c = (Double.isNaN(coefficient) ? sign : coefficient);
                    int size = 0;
                    int from = 0;
                    while (true) {
                        int star = PuboSyntax.indexOutsideQuotes(t, '*', from);
                        String factor = star < 0 ? t.substring(from) : t.substring(from, star);
                        if (factor.isEmpty()) {
                            throw s.error("an empty factor in (" + LineScanner.shorten(t) + ").");
                        }
                        if (LineScanner.isNumber(factor) || PuboSyntax.isNonFinite(factor)) {
                            c *= s.parseDouble("a factor", factor);
                        } else {
                            boolean negated = factor.charAt(0) == '~';
                            int v = variable(negated ? factor.substring(1) : factor);
                            if (size == literals.length) {
                                literals = Arrays.copyOf(literals, size * 2);
                            }
                            literals[size++] = Literal.of(v, negated);
                        }
                        if (star < 0) {
                            break;
                        }
                        from = star + 1;
                    }
                    if (!Double.isFinite(c)) {
                        throw s.error("the coefficient of (" + LineScanner.shorten(t) + ") overflows.");
                    }
                    into.add(c, literals, size);
                    coefficient = Double.NaN;
                    sign = 1.0;
                    signPending = false;
                }
                afterTerm = !signPending;
            }
            if (signPending) {
                throw s.error("the expression ends with a sign.");
            }
            if (!Double.isNaN(coefficient)) {
                into.constant += coefficient;
            }
        }

        private List<String> tokens(String text) throws InstanceFormatException {
            List<String> tokens = PuboSyntax.tokens(text);
            if (tokens == null) {
                throw s.error("a double quote is not closed.");
            }
            return tokens;
        }
    }

    /** A constraint read but not built yet (the number of variables is known only at the end). */
    private record Pending(
            String name,
            long line,
            Expr lhs,
            Relation relation,
            double rhs,
            ChoiceConstraint.Kind kind,
            int[] variables) {}

    /** A polynomial being read: flat terms over variables whose number is known only at the end. */
    private static final class Expr {
        double constant;
        private double[] coefficients = new double[16];
        private int[] offsets = new int[17];
        private int[] literals = new int[32];
        private int count;

        int size() {
            return count;
        }

        void add(double coefficient, int[] lits, int size) {
            if (count + 2 > offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
                coefficients = Arrays.copyOf(coefficients, offsets.length);
            }
            int start = offsets[count];
            if (start + size > literals.length) {
                literals = Arrays.copyOf(literals, Math.max(start + size, literals.length * 2));
            }
            System.arraycopy(lits, 0, literals, start, size);
            coefficients[count] = coefficient;
            offsets[++count] = start + size;
        }

        Polynomial build(int n) {
            Polynomial.Builder b = Polynomial.builder(n).addConstant(constant);
            for (int t = 0; t < count; t++) {
                b.addTerm(coefficients[t], literals, offsets[t], offsets[t + 1]);
            }
            return b.build();
        }
    }
}
