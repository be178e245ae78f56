package io.hyperseed.timefold.domain;

import java.util.Objects;

/**
 * Problem fact for the max-cut constraint streams: vertex {@code vertex} lies on {@code edge}. The vertex is named
 * by index, never by entity reference.
 *
 * @param edge the hyperedge
 * @param vertex the vertex index
 */
public record EdgePin(CutEdge edge, int vertex) {

    public EdgePin {
        Objects.requireNonNull(edge, "edge");
    }
}
