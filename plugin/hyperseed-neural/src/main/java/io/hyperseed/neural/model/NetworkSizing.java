package io.hyperseed.neural.model;

import io.hyperseed.core.model.Constraint;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.neural.NeuralConfig;
import java.util.Arrays;

/**
 * Sizes the network to the memory and time it may take. When the configured {@code inputDim} {@code d} and
 * hidden widths {@code c_i} do not fit, all are halved together (not below {@value #MIN_WIDTH}) until they fit or
 * cannot shrink further.
 *
 * <p>Memory ({@link NeuralConfig#memoryLimit()}): the native memory of a training is estimated as
 *
 * <pre>
 *   bytes = 4 n (3 d + 8 sum_i c_i)   precomputed features [P X | X], per-layer activations, their gradients
 *                                     and temporaries
 *         + 112 L                     the two COO propagation matrices (int64 indices and a float per pin,
 *                                     P pins, P &lt;= L) and the loss: padded gather indices (int64), gathered
 *                                     literal values, their products and gradients
 * </pre>
 *
 * for {@code n} variables and {@code L} literals of the objective and constraints: linear in {@code n d},
 * {@code n c}, and the literals (pins). Measured peaks are in docs/neural.md.
 *
 * <p>Time ({@link NeuralConfig#timeLimit()}): an epoch (forward and backward) costs about
 * {@code 12 n d c_1 + 6 n sum_i c_i c_(i+1) + 12 L sum_(i>=1) c_i + 40 L} floating-point operations; the widths
 * are narrowed until {@value #MIN_EPOCHS} epochs fit in the time limit at {@value #FLOPS_PER_SECOND} operations
 * per second (what two shared cores sustained on the build machine; a quiet machine is faster, so this is a
 * floor, and the trainer measures real epoch costs anyway). {@code O(L)} to count the literals.
 */
public final class NetworkSizing {

    /** The narrowest width sizing goes down to. */
    public static final int MIN_WIDTH = 4;
    /** The number of epochs the time limit should hold at the assumed throughput. */
    public static final int MIN_EPOCHS = 50;
    /** The assumed floating-point throughput of an epoch, operations per second. */
    public static final double FLOPS_PER_SECOND = 2e9;

    private NetworkSizing() {}

    /** The estimated native bytes of a training with input dimension {@code d} and the given hidden widths. */
    public static long estimateBytes(int n, long literals, int d, int[] hidden) {
        long widths = 0;
        for (int c : hidden) {
            widths += c;
        }
        return 4L * n * (3L * d + 8L * widths) + 112L * literals;
    }

    /** The estimated floating-point operations of one epoch (forward and backward). */
    public static double estimateFlops(int n, long literals, int d, int[] hidden) {
        int[] widths = new int[hidden.length + 1];
        System.arraycopy(hidden, 0, widths, 0, hidden.length);
        widths[hidden.length] = 1;
        double flops = 12.0 * n * d * widths[0] + 40.0 * literals;
        for (int i = 0; i + 1 < widths.length; i++) {
            flops += 6.0 * n * widths[i] * widths[i + 1] + 12.0 * literals * widths[i + 1];
        }
        return flops;
    }

    /** The number of literals of {@code problem}: objective term degrees plus constraint variable counts. */
    public static long literals(PuboProblem problem) {
        Polynomial objective = problem.objective();
        long sum = 0;
        for (int t = 0; t < objective.numTerms(); t++) {
            sum += objective.degree(t);
        }
        for (Constraint c : problem.constraints()) {
            sum += c.variables().length;
        }
        return sum;
    }

    /**
     * {@code config} with {@code inputDim} and hidden widths halved until the estimates for {@code problem} fit
     * its memory limit and time limit (the same config when they already fit).
     */
    public static NeuralConfig fit(NeuralConfig config, PuboProblem problem) {
        int n = problem.numVariables();
        long literals = literals(problem);
        double flopBudget = FLOPS_PER_SECOND * config.timeLimit().toNanos() / 1e9 / MIN_EPOCHS;
        int d = config.inputDim();
        int[] hidden = config.hiddenSizes();
        while ((estimateBytes(n, literals, d, hidden) > config.memoryLimit()
                        || estimateFlops(n, literals, d, hidden) > flopBudget)
                && canHalve(d, hidden)) {
            d = Math.max(MIN_WIDTH, d / 2);
            for (int i = 0; i < hidden.length; i++) {
                hidden[i] = Math.max(MIN_WIDTH, hidden[i] / 2);
            }
        }
        if (d == config.inputDim() && Arrays.equals(hidden, config.hiddenSizes())) {
            return config;
        }
        return config.toBuilder().optInputDim(d).optHiddenSizes(hidden).build();
    }

    private static boolean canHalve(int d, int[] hidden) {
        if (d > MIN_WIDTH) {
            return true;
        }
        for (int c : hidden) {
            if (c > MIN_WIDTH) {
                return true;
            }
        }
        return false;
    }
}
