package io.hyperseed.graphap.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * Scaled dot-product attention of each graph's global embedding (query) over its own communities (keys), keeping the
 * top-k communities. With {@code q = g Wq + bq}, {@code k_c = x_c Wk} and weights {@code a = softmax_c(q . k_c / sqrt(d))}
 * over the graph's communities, the output is {@code sum over the top-k c of a_c x_c}.
 *
 * <p>The hard top-k choice has no gradient, but the kept weights {@code a_c} and values {@code x_c} do: the community
 * branch (through {@code x_c}) and the query/key maps (through {@code a_c}) both train. Shapes: query {@code (B, d)},
 * communities {@code (C, d)}, membership {@code (B, C)}, output {@code (B, d)}. Time O(B C d + C d^2).
 */
public final class CommunityAttention {

    private static final float MASKED = -1e9f;

    private final Dense query;
    private final NDArray key;
    private final int topK;
    private final float scale;

    /**
     * @param parameters where the weights are created
     * @param name name prefix
     * @param width embedding width d
     * @param topK communities kept per graph, at least 1
     */
    public CommunityAttention(ParameterSet parameters, String name, int width, int topK) {
        if (topK < 1) {
            throw new IllegalArgumentException("topK must be at least 1 (" + topK + "). Maybe 1?");
        }
        this.query = new Dense(parameters, name + ".query", width, width);
        // no key bias: it would add the same q.b to every community of a graph, which softmax ignores (zero gradient)
        this.key = parameters.glorot(name + ".key.weight", width, width);
        this.topK = topK;
        this.scale = (float) (1 / Math.sqrt(width));
    }

    /**
     * @param global graph embeddings {@code (B, d)}
     * @param communities community embeddings {@code (C, d)}
     * @param membership {@code (B, C)} 0/1
     * @return attended community summary {@code (B, d)}
     */
    public NDArray attend(NDArray global, NDArray communities, NDArray membership) {
        NDArray scores = query.forward(global)
                .matMul(communities.matMul(key).transpose())
                .mul(scale);
        NDArray masked = scores.add(membership.sub(1).mul(-MASKED));
        NDArray weights = masked.softmax(1);
        NDArray kept = weights.mul(topMask(masked, membership));
        return kept.matMul(communities);
    }

    /** 0/1 mask {@code (B, C)} of the top-k member communities of every graph (computed without gradient). */
    private NDArray topMask(NDArray masked, NDArray membership) {
        Shape shape = masked.getShape();
        int rows = (int) shape.get(0);
        int cols = (int) shape.get(1);
        float[] score = masked.toFloatArray();
        float[] member = membership.toFloatArray();
        float[] mask = new float[rows * cols];
        for (int b = 0; b < rows; b++) {
            for (int pick = 0; pick < topK; pick++) {
                int best = -1;
                for (int c = 0; c < cols; c++) {
                    int i = b * cols + c;
                    if (member[i] > 0 && mask[i] == 0 && (best < 0 || score[i] > score[b * cols + best])) {
                        best = c;
                    }
                }
                if (best < 0) {
                    break;
                }
                mask[b * cols + best] = 1;
            }
        }
        return masked.getManager().create(mask, shape);
    }
}
