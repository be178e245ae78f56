package io.hyperseed.graphap.cluster;

import io.hyperseed.graphap.data.LabeledGraph;
import io.hyperseed.graphap.similarity.StructuralSimilarity;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Splits a graph into communities: {@link StructuralSimilarity} then {@link AffinityPropagation}. The tie-breaking
 * noise is seeded per call with a fixed seed, so a graph always gets the same communities. Time O(n^3 + T n^2).
 *
 * @param similarity node similarity
 * @param clustering affinity-propagation settings
 * @param noiseSeed seed of the tie-breaking noise
 */
public record CommunityDetector(StructuralSimilarity similarity, AffinityPropagation clustering, long noiseSeed) {

    /** @return the first study's detector: g = 0.8 raw, damping 0.8, 15 / 200 iterations, noise seed 0 */
    public static CommunityDetector study() {
        return new CommunityDetector(StructuralSimilarity.study(), AffinityPropagation.study(), 0);
    }

    /**
     * @param graph the graph
     * @return its communities
     */
    public Communities detect(LabeledGraph graph) {
        return detect(graph, null);
    }

    /**
     * @param graph the graph
     * @param edgeWeights positive random-walk weight of every edge, or null for the simple walk
     * @return its communities
     */
    public Communities detect(LabeledGraph graph, double @Nullable [] edgeWeights) {
        return Communities.of(clustering.cluster(similarity.compute(graph, edgeWeights), new Random(noiseSeed)));
    }

    /** @return a short text naming every setting, used as cache key */
    public String key() {
        return "g" + similarity.distanceWeight() + "-" + similarity.scaling().id() + "-d" + clustering.damping() + "-it"
                + clustering.maxIterations() + "-c" + clustering.convergenceIterations() + "-s" + noiseSeed;
    }
}
