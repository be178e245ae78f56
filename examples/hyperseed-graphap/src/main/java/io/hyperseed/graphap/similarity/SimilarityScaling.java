package io.hyperseed.graphap.similarity;

import java.util.Arrays;
import java.util.Locale;

/**
 * How the two parts of {@link StructuralSimilarity}, the proximity {@code exp(-d)} and the squared hitting-time
 * asymmetry {@code (H(s,e) - H(e,s))^2}, are put on a scale before they are weighted {@code g : 1 - g}. Each graph is
 * scaled on its own, over its connected off-diagonal pairs (pairs in different components keep S = 0). Time
 * O(n^2) for {@link #RAW} and {@link #MAX}, O(n^2 log n) for {@link #RANK}.
 */
public enum SimilarityScaling {

    /** As the original study: no scaling (the asymmetry, up to thousands, swamps the proximity, at most e^-1). */
    RAW("raw"),
    /** Each part divided by its largest value in the graph: both lie in [0, 1], and the largest of each is 1. */
    MAX("max"),
    /** Each part replaced by its rank among the graph's pairs, as a fraction in [0, 1] (ties get their mean rank). */
    RANK("rank");

    private final String id;

    SimilarityScaling(String id) {
        this.id = id;
    }

    /** @return the id used in options and file names, e.g. {@code max} */
    public String id() {
        return id;
    }

    /**
     * @param id {@code raw}, {@code max} or {@code rank}
     * @return the scaling
     */
    public static SimilarityScaling of(String id) {
        for (SimilarityScaling scaling : values()) {
            if (scaling.id.equals(id.strip().toLowerCase(Locale.ROOT))) {
                return scaling;
            }
        }
        throw new IllegalArgumentException("Unknown similarity scaling (" + id + "). Maybe one of "
                + Arrays.stream(values()).map(SimilarityScaling::id).toList() + "?");
    }

    /**
     * Scales the values of the marked entries in place; the others are left as they are.
     *
     * @param values n x n values
     * @param connected which off-diagonal pairs take part
     */
    void scale(double[][] values, boolean[][] connected) {
        int n = values.length;
        switch (this) {
            case RAW -> {
                // nothing to do
            }
            case MAX -> {
                double max = 0;
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        if (connected[i][j]) {
                            max = Math.max(max, values[i][j]);
                        }
                    }
                }
                if (max > 0) {
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < n; j++) {
                            if (connected[i][j]) {
                                values[i][j] /= max;
                            }
                        }
                    }
                }
            }
            case RANK -> rank(values, connected);
        }
    }

    private static void rank(double[][] values, boolean[][] connected) {
        int n = values.length;
        int count = 0;
        for (boolean[] row : connected) {
            for (boolean c : row) {
                count += c ? 1 : 0;
            }
        }
        if (count < 2) {
            return;
        }
        double[] sorted = new double[count];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (connected[i][j]) {
                    sorted[k++] = values[i][j];
                }
            }
        }
        Arrays.sort(sorted);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (connected[i][j]) {
                    double v = values[i][j];
                    int first = lowerBound(sorted, v);
                    int last = lowerBound(sorted, Math.nextUp(v)) - 1;
                    values[i][j] = (first + last) / 2.0 / (count - 1);
                }
            }
        }
    }

    private static int lowerBound(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
