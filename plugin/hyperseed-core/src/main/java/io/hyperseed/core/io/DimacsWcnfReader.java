package io.hyperseed.core.io;

/**
 * Reads DIMACS WCNF as weighted partial MAX-SAT: the classic format ({@code p wcnf <variables> <clauses> [top]},
 * each clause {@code w l1 .. lk 0}, hard when {@code w >= top}) and the 2022 MaxSAT Evaluation format without a
 * {@code p} line (hard clauses start with {@code h}; the variable count is the largest literal). Soft clauses add
 * their weight when satisfied; hard clauses become constraints. Variables are named {@code 1..n}.
 * {@code O(file size)}.
 */
public final class DimacsWcnfReader extends DimacsReader {

    @Override
    public Format format() {
        return Format.DIMACS_WCNF;
    }

    @Override
    boolean weighted() {
        return true;
    }
}
