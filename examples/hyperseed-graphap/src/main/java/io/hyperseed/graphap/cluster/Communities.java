package io.hyperseed.graphap.cluster;

import java.util.Arrays;

/**
 * A partition of one graph's nodes into communities {@code 0..count-1}, every community non-empty.
 *
 * @param communityOf community of every node
 * @param count number of communities
 */
public record Communities(int[] communityOf, int count) {

    /** Checks that the labels cover {@code 0..count-1} and copies the array. */
    public Communities {
        boolean[] seen = new boolean[Math.max(count, 0)];
        for (int v = 0; v < communityOf.length; v++) {
            int c = communityOf[v];
            if (c < 0 || c >= count) {
                throw new IllegalArgumentException("Community of node " + v + " (" + c + ") is outside 0.."
                        + (count - 1) + ". Maybe count is wrong?");
            }
            seen[c] = true;
        }
        for (int c = 0; c < count; c++) {
            if (!seen[c]) {
                throw new IllegalArgumentException(
                        "Community (" + c + ") has no node. Maybe labels were not compacted?");
            }
        }
        communityOf = communityOf.clone();
    }

    /** @return the communities of a clustering */
    public static Communities of(Clustering clustering) {
        return new Communities(clustering.labels(), clustering.clusterCount());
    }

    /** @return community of node {@code v}, without copying */
    public int of(int v) {
        return communityOf[v];
    }

    /** @return number of nodes */
    public int nodeCount() {
        return communityOf.length;
    }

    /** @return size of every community */
    public int[] sizes() {
        int[] sizes = new int[count];
        for (int c : communityOf) {
            sizes[c]++;
        }
        return sizes;
    }

    @Override
    public int[] communityOf() {
        return communityOf.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Communities c && count == c.count && Arrays.equals(communityOf, c.communityOf);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(communityOf) + count;
    }

    @Override
    public String toString() {
        return "Communities[count=" + count + ", communityOf=" + Arrays.toString(communityOf) + "]";
    }
}
