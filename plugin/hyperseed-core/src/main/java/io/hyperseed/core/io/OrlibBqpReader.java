package io.hyperseed.core.io;

import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.problem.Qubo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads OR-Library BQP files (Beasley 1998: {@code bqp50.txt} ... {@code bqp2500.txt}), several QUBO instances per
 * file: first the number of instances {@code K}, then per instance {@code n nnz} and {@code nnz} entries
 * {@code i j q} (1-based, each unordered pair once). Line breaks carry no meaning. The objective is maximised:
 * {@code f(x) = sum_i q_ii x_i + 2 sum_{i<j} q_ij x_i x_j}, i.e. an off-diagonal entry counts twice (x'Qx with
 * Q symmetric); repeated entries add up. Instances are named {@code <file>-<k>} ({@code bqp50-1}), variables
 * {@code x1..xn}. {@code O(file size)}.
 */
public final class OrlibBqpReader implements InstanceReader {

    @Override
    public Format format() {
        return Format.ORLIB_BQP;
    }

    @Override
    public List<Instance> read(Path file) throws IOException {
        return ReaderSupport.readInstances(file, 0.25, "Maybe K or an nnz is wrong?", OrlibBqpReader::instance);
    }

    private static Instance instance(LineScanner s, int k, String name) throws IOException {
        int n = s.checkVariableCount(s.nextLongAnyLine("n of instance " + k, ""), "n of instance " + k);
        int nnz = s.checkCount(s.nextLongAnyLine("nnz of instance " + k, ""), "nnz of instance " + k, 1.0 / 6, 0);
        Qubo.Builder qubo = new Qubo.Builder(n);
        for (int e = 0; e < nnz; e++) {
            int i = index(s, n, "row i");
            int j = index(s, n, "column j");
            double q = s.nextDoubleAnyLine("the coefficient q", "");
            qubo.add(i, j, q);
            if (i != j) {
                qubo.add(j, i, q);
            }
        }
        PuboProblem plain = qubo.build(name, Sense.MAXIMIZE);
        PuboProblem named = PuboProblem.builder(n, Sense.MAXIMIZE)
                .name(name)
                .variableNames(ReaderSupport.oneBasedNames("x", n))
                .objective(plain.objective())
                .build();
        return new Instance(name, s.file(), Format.ORLIB_BQP, named, null);
    }

    private static int index(LineScanner s, int n, String what) throws IOException {
        long v = s.nextLongAnyLine(what, "");
        if (v < 1 || v > n) {
            throw s.error(what + " (" + v + ") is outside 1.." + n + ".");
        }
        return (int) (v - 1);
    }
}
