package io.hyperseed.graphap.cluster;

import java.util.Arrays;
import java.util.Locale;

/** What the random walk of the similarity runs on, and so when communities are computed. */
public enum CommunitySource {

    /** The bare graph (simple walk): communities depend on the structure only, computed once per graph, cached. */
    STRUCTURE("structure"),
    /**
     * The graph carrying the model's current node embeddings (the original notebook): the walk steps to a neighbour
     * with probability proportional to the embedding distance, and communities are recomputed before every epoch.
     */
    EMBEDDINGS("embeddings");

    private final String id;

    CommunitySource(String id) {
        this.id = id;
    }

    /** @return the id used in options, e.g. {@code structure} */
    public String id() {
        return id;
    }

    /**
     * @param id {@code structure} or {@code embeddings}
     * @return the source
     */
    public static CommunitySource of(String id) {
        for (CommunitySource source : values()) {
            if (source.id.equals(id.strip().toLowerCase(Locale.ROOT))) {
                return source;
            }
        }
        throw new IllegalArgumentException("Unknown community source (" + id + "). Maybe one of "
                + Arrays.stream(values()).map(CommunitySource::id).toList() + "?");
    }
}
