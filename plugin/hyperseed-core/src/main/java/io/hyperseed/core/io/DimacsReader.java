package io.hyperseed.core.io;

import io.hyperseed.core.problem.MaxSat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The shared part of the DIMACS CNF and WCNF readers: {@code c} comment lines, an optional {@code p} line, clauses
 * of 1-based literals (negative = negated) ended by {@code 0} that may span lines, and a SATLIB {@code %} line that
 * ends the data. Clauses are buffered flat and turned into a {@link MaxSat} problem (maximise the satisfied
 * weight; hard clauses become constraints). {@code O(file size)}.
 */
abstract class DimacsReader implements InstanceReader {

    private static final String COMMENTS = "c";

    /** True for WCNF: each clause starts with its weight (or {@code h} in the 2022 format). */
    abstract boolean weighted();

    @Override
    public final List<Instance> read(Path file) throws IOException {
        try (LineScanner s = LineScanner.open(file)) {
            String name = ReaderSupport.baseName(file);
            return List.of(
                    new Instance(name, file, format(), ReaderSupport.checked(file, () -> parse(s).build(name)), null));
        }
    }

    private MaxSat.Builder parse(LineScanner s) throws IOException {
        String kind = weighted() ? "wcnf" : "cnf";
        if (!s.nextDataLine(COMMENTS)) {
            throw s.errorAtEnd("the file is empty; a 'p " + kind + "' line was expected.");
        }
        long declaredVars = -1;
        long declaredClauses = -1;
        double top = Double.POSITIVE_INFINITY;
        boolean headerless = s.peekChar() != 'p';
        if (!headerless) {
            s.token();
            String type = s.token();
            if (!kind.equals(type)) {
                throw s.error("the problem line says (" + type + "), expected 'p " + kind + " ...'. Maybe pass "
                        + "--format " + (kind.equals("cnf") ? "wcnf" : "cnf") + "?");
            }
            declaredVars = s.checkVariableCount(s.nextLong("the number of variables"), "the number of variables");
            declaredClauses = s.checkCount(s.nextLong("the number of clauses"), "the number of clauses", 0.5, 1);
            if (weighted() && !s.atEndOfLine()) {
                top = s.nextDouble("the hard weight top");
            }
            s.expectEndOfLine("the problem line");
        } else if (!weighted()) {
            throw s.error("the 'p cnf <variables> <clauses>' line is missing before the first clause.");
        } else {
            s.rewindLine();
        }
        long maxVariable = declaredVars >= 0 ? declaredVars : s.variableLimit();
        Clauses clauses = new Clauses();
        boolean open = false;
        double weight = 1.0;
        boolean hard = false;
        long clauseLine = 0;
        while (true) {
            if (s.atEndOfLine()) {
                if (!s.nextDataLine(COMMENTS)) {
                    break;
                }
                if (s.peekChar() == '%') {
                    break;
                }
                if (s.peekChar() == 'p') {
                    throw s.error("a second 'p' line. Maybe two files were concatenated?");
                }
            }
            if (!open) {
                if (declaredClauses >= 0 && clauses.count == declaredClauses) {
                    throw s.error("the file has more clauses than the " + declaredClauses
                            + " the 'p' line declares. Maybe the clause count is wrong?");
                }
                clauseLine = s.lineNumber();
                if (weighted()) {
                    String token = s.token();
                    if (headerless && token.equals("h")) {
                        hard = true;
                        weight = 0.0;
                    } else {
                        weight = s.parseDouble("the clause weight", token);
                        if (weight <= 0) {
                            throw s.error("the clause weight (" + token + ") must be positive.");
                        }
                        hard = weight >= top;
                    }
                    open = true;
                    continue;
                }
                open = true;
            }
            long literal = s.nextLong("a literal");
            if (literal == 0) {
                clauses.end(weight, hard);
                open = false;
                continue;
            }
            if (Math.abs(literal) > maxVariable) {
                throw s.error("the literal (" + literal + ") is outside +-1.." + maxVariable
                        + (declaredVars >= 0 ? ", the variables the 'p' line declares." : "."));
            }
            clauses.add((int) literal);
        }
        if (open) {
            throw new InstanceFormatException(
                    s.file(), clauseLine, "the clause is not terminated by 0. Maybe the " + "file is truncated?");
        }
        if (declaredClauses >= 0 && clauses.count < declaredClauses) {
            throw s.errorAtEnd("the file ends after " + clauses.count + " of the " + declaredClauses
                    + " clauses the 'p' line declares. Maybe the file is truncated?");
        }
        int n = (int) (declaredVars >= 0 ? declaredVars : clauses.maxVariable);
        MaxSat.Builder builder = new MaxSat.Builder(n);
        for (int c = 0; c < clauses.count; c++) {
            int[] literals = Arrays.copyOfRange(clauses.literals, clauses.offsets[c], clauses.offsets[c + 1]);
            if (clauses.hard[c]) {
                builder.addHard(literals);
            } else {
                builder.addSoft(clauses.weights[c], literals);
            }
        }
        return builder;
    }

    /** Clauses in flat arrays. */
    private static final class Clauses {
        int[] literals = new int[256];
        int[] offsets = new int[65];
        double[] weights = new double[64];
        boolean[] hard = new boolean[64];
        int count;
        int size;
        int maxVariable;

        void add(int literal) {
            if (size == literals.length) {
                literals = Arrays.copyOf(literals, size * 2);
            }
            literals[size++] = literal;
            maxVariable = Math.max(maxVariable, Math.abs(literal));
        }

        void end(double weight, boolean isHard) {
            if (count + 2 > offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
                weights = Arrays.copyOf(weights, offsets.length);
                hard = Arrays.copyOf(hard, offsets.length);
            }
            weights[count] = weight;
            hard[count] = isHard;
            offsets[++count] = size;
        }
    }
}
