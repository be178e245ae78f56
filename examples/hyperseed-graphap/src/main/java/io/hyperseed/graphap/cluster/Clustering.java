package io.hyperseed.graphap.cluster;

import java.util.Arrays;

/**
 * Result of one affinity-propagation run: the exemplar points and the cluster of every point.
 *
 * @param labels cluster index in {@code 0..exemplars.length-1} of every point
 * @param exemplars point index of each cluster's exemplar, ascending
 * @param iterations message-passing iterations run
 * @param converged whether the exemplar set stayed unchanged long enough before the iteration cap
 */
public record Clustering(int[] labels, int[] exemplars, int iterations, boolean converged) {

    /** Checks that every label names an exemplar and copies the arrays. */
    public Clustering {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= exemplars.length) {
                throw new IllegalArgumentException("Label of point " + i + " (" + labels[i] + ") is outside 0.."
                        + (exemplars.length - 1) + ". Maybe no exemplar emerged?");
            }
        }
        labels = labels.clone();
        exemplars = exemplars.clone();
    }

    /** @return number of clusters */
    public int clusterCount() {
        return exemplars.length;
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    @Override
    public int[] exemplars() {
        return exemplars.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Clustering c
                && iterations == c.iterations
                && converged == c.converged
                && Arrays.equals(labels, c.labels)
                && Arrays.equals(exemplars, c.exemplars);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(labels) + Arrays.hashCode(exemplars) + iterations;
    }

    @Override
    public String toString() {
        return "Clustering[clusters=" + exemplars.length + ", labels=" + Arrays.toString(labels) + ", iterations="
                + iterations + ", converged=" + converged + "]";
    }
}
