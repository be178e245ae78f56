package io.hyperseed.core.io;

/**
 * Reads DIMACS CNF ({@code p cnf <variables> <clauses>}, SATLIB flavour with a closing {@code %} line) as unweighted
 * MAX-SAT: maximise the number of satisfied clauses, each clause {@code c} contributing
 * {@code 1 - prod_{l in c} (1 - l)}. Variables are named {@code 1..n}. Strict clause count. {@code O(file size)}.
 */
public final class DimacsCnfReader extends DimacsReader {

    @Override
    public Format format() {
        return Format.DIMACS_CNF;
    }

    @Override
    boolean weighted() {
        return false;
    }
}
