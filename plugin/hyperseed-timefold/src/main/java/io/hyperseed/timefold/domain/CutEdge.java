package io.hyperseed.timefold.domain;

/**
 * Problem fact for the max-cut constraint streams: hyperedge {@code index} with its fixed-point weight.
 *
 * @param index the hyperedge index
 * @param size the number of vertices (pins) of the hyperedge
 * @param weight the weight times the scale, rounded
 */
public record CutEdge(int index, int size, long weight) {

    public CutEdge {
        if (size <= 0) {
            throw new IllegalArgumentException("The hyperedge " + index + " has a non-positive size (" + size + ").");
        }
    }
}
