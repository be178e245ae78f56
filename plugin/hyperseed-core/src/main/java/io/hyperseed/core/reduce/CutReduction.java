package io.hyperseed.core.reduce;

import io.hyperseed.core.model.Hypergraph;
import java.util.Objects;

/**
 * The result of {@link CutReducer#reduce}: a kernel hypergraph, a constant {@link #offset()} and the steps that map
 * a kernel assignment back to the original instance. For every kernel assignment {@code x},
 * {@code cut(original, lift(x)) == cut(kernel, x) + offset()} (exactly in real arithmetic; with non-integer
 * weights the two floating-point sums may differ by rounding), so the maximum over the kernel plus the offset is
 * the maximum over the original.
 *
 * <p>Immutable. {@link #lift} replays the removal steps in reverse order: {@code O(n)}.
 */
public final class CutReduction {

    /** The removed vertex takes side {@code false}. */
    static final byte ISOLATED = 0;
    /** The removed vertex takes the side opposite to {@code first}. */
    static final byte OPPOSITE = 1;
    /** The removed vertex takes the side of {@code first}. */
    static final byte SAME = 2;
    /** A series vertex between {@code first} (weight {@code w1}) and {@code second} (weight {@code w2}). */
    static final byte SERIES = 3;

    private final Hypergraph kernel;
    private final double offset;
    private final int[] kernelVertexOf;
    private final int[] originalOf;
    private final byte[] kinds;
    private final int[] vertices;
    private final int[] firsts;
    private final int[] seconds;
    private final double[] firstWeights;
    private final double[] secondWeights;
    private final String summary;

    CutReduction(
            Hypergraph kernel,
            double offset,
            int[] kernelVertexOf,
            byte[] kinds,
            int[] vertices,
            int[] firsts,
            int[] seconds,
            double[] firstWeights,
            double[] secondWeights,
            String summary) {
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.offset = offset;
        this.kernelVertexOf = kernelVertexOf;
        this.kinds = kinds;
        this.vertices = vertices;
        this.firsts = firsts;
        this.seconds = seconds;
        this.firstWeights = firstWeights;
        this.secondWeights = secondWeights;
        this.summary = summary;
        this.originalOf = new int[kernel.numVertices()];
        for (int v = 0; v < kernelVertexOf.length; v++) {
            if (kernelVertexOf[v] >= 0) {
                originalOf[kernelVertexOf[v]] = v;
            }
        }
    }

    /** The kernel: the vertices that remain, renumbered {@code 0..k-1} in their original order, names kept. */
    public Hypergraph kernel() {
        return kernel;
    }

    /** The constant to add to a kernel cut to get the original instance's cut of the lifted assignment. */
    public double offset() {
        return offset;
    }

    /** The number of vertices of the original instance. */
    public int numOriginalVertices() {
        return kernelVertexOf.length;
    }

    /** For each original vertex its kernel vertex, or -1 when it was removed (a copy). */
    public int[] kernelVertexOf() {
        return kernelVertexOf.clone();
    }

    /** The original vertex of kernel vertex {@code k}. */
    public int originalVertex(int k) {
        return originalOf[k];
    }

    /**
     * The assignment of the original instance that {@code kernelSides} extends: kernel vertices keep their side,
     * removed vertices get the side that makes the identity of this class hold. {@code O(n)}.
     */
    public boolean[] lift(boolean[] kernelSides) {
        if (kernelSides.length != kernel.numVertices()) {
            throw new IllegalArgumentException("The kernel assignment length (" + kernelSides.length
                    + ") differs from the kernel's number of vertices (" + kernel.numVertices()
                    + "). Maybe the assignment is of the original instance?");
        }
        boolean[] sides = new boolean[kernelVertexOf.length];
        for (int k = 0; k < originalOf.length; k++) {
            sides[originalOf[k]] = kernelSides[k];
        }
        for (int r = kinds.length - 1; r >= 0; r--) {
            int v = vertices[r];
            switch (kinds[r]) {
                case ISOLATED -> sides[v] = false;
                case OPPOSITE -> sides[v] = !sides[firsts[r]];
                case SAME -> sides[v] = sides[firsts[r]];
                default ->
                    sides[v] = seriesSide(sides[firsts[r]], sides[seconds[r]], firstWeights[r], secondWeights[r]);
            }
        }
        return sides;
    }

    /** The best side of a vertex joined to {@code a} by weight {@code w1} and to {@code b} by weight {@code w2}. */
    static boolean seriesSide(boolean a, boolean b, double w1, double w2) {
        if (a == b) {
            return w1 + w2 > 0 ? !a : a;
        }
        return w1 >= w2 ? b : a; // cut the heavier of the two edges
    }

    /** The kernel assignment of an original assignment: the sides of the kernel vertices. {@code O(k)}. */
    public boolean[] restrict(boolean[] originalSides) {
        if (originalSides.length != kernelVertexOf.length) {
            throw new IllegalArgumentException("The assignment length (" + originalSides.length
                    + ") differs from the original number of vertices (" + kernelVertexOf.length + ").");
        }
        boolean[] sides = new boolean[originalOf.length];
        for (int k = 0; k < originalOf.length; k++) {
            sides[k] = originalSides[originalOf[k]];
        }
        return sides;
    }

    /** One line: sizes before and after, what each rule removed, and the time taken. */
    public String summary() {
        return summary;
    }

    @Override
    public String toString() {
        return "CutReduction[" + summary + "]";
    }
}
