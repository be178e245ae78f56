package io.hyperseed.core.io;

import io.hyperseed.core.problem.Knapsack;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads OR-Library multidimensional knapsack files ({@code mknap1.txt}, Chu-Beasley {@code mknapcb1..9.txt}),
 * several instances per file: {@code K}, then per instance {@code n m opt}, {@code n} profits, {@code m} rows of
 * {@code n} weights and {@code m} capacities (line breaks carry no meaning; {@code opt} is 0 when unknown and is not
 * used). Each becomes {@link Knapsack#of}: maximise {@code p.x} s.t. {@code A x <= b}, variables {@code x1..xn},
 * constraints {@code capacity1..m}. Instances are named {@code <file>-<k>}. {@code O(file size)}.
 */
public final class OrlibMknapReader implements InstanceReader {

    @Override
    public Format format() {
        return Format.ORLIB_MKNAP;
    }

    @Override
    public List<Instance> read(Path file) throws IOException {
        return ReaderSupport.readInstances(file, 1.0 / 6, "Maybe K, n or m is wrong?", OrlibMknapReader::instance);
    }

    private static Instance instance(LineScanner s, int k, String name) throws IOException {
        int n = s.checkCount(s.nextLongAnyLine("n (items) of instance " + k, ""), "n (items) of instance " + k, 0.5, 0);
        int m = s.checkCount(
                s.nextLongAnyLine("m (constraints) of instance " + k, ""), "m (constraints) of instance " + k, 0.5, 0);
        if ((long) n * m > s.fileSize() / 2) {
            throw s.error("n x m (" + n + " x " + m + ") weights cannot fit in a file of " + s.fileSize()
                    + " bytes. Maybe the header is corrupt?");
        }
        s.nextDoubleAnyLine("the optimal value of instance " + k, "");
        double[] profits = new double[n];
        for (int j = 0; j < n; j++) {
            profits[j] = s.nextDoubleAnyLine("profit p" + (j + 1), "");
        }
        double[][] weights = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                weights[i][j] = s.nextDoubleAnyLine("weight a(" + (i + 1) + "," + (j + 1) + ")", "");
            }
        }
        double[] capacities = new double[m];
        for (int i = 0; i < m; i++) {
            capacities[i] = s.nextDoubleAnyLine("capacity b" + (i + 1), "");
        }
        return new Instance(name, s.file(), Format.ORLIB_MKNAP, Knapsack.of(name, profits, weights, capacities), null);
    }
}
