package io.hyperseed.neural.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Random;

/** Seeded initial values shared by the networks: input features and Xavier-uniform weights. {@code O(size)}. */
final class Initialisers {

    private Initialisers() {}

    /** {@code [n x d]} standard normal features, row-major on the host. */
    static float[] normalFeatures(Random random, int n, int d) {
        float[] x = new float[Math.multiplyExact(n, d)];
        for (int k = 0; k < x.length; k++) {
            x[k] = (float) random.nextGaussian();
        }
        return x;
    }

    /** {@code [n x d]} features uniform in {@code [0, 1)} ({@code torch.rand}), row-major on the host. */
    static float[] uniformFeatures(Random random, int n, int d) {
        float[] x = new float[Math.multiplyExact(n, d)];
        for (int k = 0; k < x.length; k++) {
            x[k] = random.nextFloat();
        }
        return x;
    }

    /** The rows of {@code left [n x a]} followed by those of {@code right [n x b]}: {@code [n x (a + b)]}. */
    static float[] concatColumns(float[] left, int a, float[] right, int b, int n) {
        float[] out = new float[Math.multiplyExact(n, a + b)];
        for (int v = 0; v < n; v++) {
            System.arraycopy(left, v * a, out, v * (a + b), a);
            System.arraycopy(right, v * b, out, v * (a + b) + a, b);
        }
        return out;
    }

    /** A trainable {@code [fanIn x fanOut]} Xavier-uniform weight matrix. */
    static NDArray xavier(NDManager manager, Random random, int fanIn, int fanOut) {
        double limit = Math.sqrt(6.0 / (fanIn + fanOut));
        float[] w = new float[Math.multiplyExact(fanIn, fanOut)];
        for (int k = 0; k < w.length; k++) {
            w[k] = (float) ((2 * random.nextDouble() - 1) * limit);
        }
        return trainable(manager.create(w, new Shape(fanIn, fanOut)));
    }

    /** A trainable zero bias of width {@code c}. */
    static NDArray zeroBias(NDManager manager, int c) {
        return trainable(manager.zeros(new Shape(c)));
    }

    static NDArray trainable(NDArray array) {
        array.setRequiresGradient(true);
        return array;
    }
}
