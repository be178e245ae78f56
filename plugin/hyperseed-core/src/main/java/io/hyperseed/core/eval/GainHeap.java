package io.hyperseed.core.eval;

import java.util.Arrays;

/**
 * An indexed binary max-heap over the variables {@code 0..n-1}, keyed by a {@code long} gain, or by a pair of gains
 * compared lexicographically (hard, then soft): the "best variable" index behind {@link FlipGains#best}. Ties are
 * broken either by a pseudo-random tag that is drawn again whenever a key changes (a fixed-seed generator, so runs
 * repeat), so that a local search on a plateau of equal gains is not offered the same few variables at every step,
 * or by the lower index. {@link #update} costs {@code O(log n)}, {@link #top}
 * of {@code k} variables {@code O(k log k)} without changing the heap, construction {@code O(n)}. Not thread-safe.
 */
public final class GainHeap {

    private final long[] key;
    private final long[] secondKey;
    private final boolean randomTies;
    private final int[] tag;
    private long tagState = 0x9E3779B97F4A7C15L;
    private final int[] heap;
    private final int[] position;
    private int[] frontier = new int[16];

    /** A heap over {@code keys.length} variables with these initial keys (copied), ties broken at random. */
    public GainHeap(long[] keys) {
        this(keys, null, true);
    }

    /**
     * A heap ordered by {@code keys}, then by {@code secondKeys} (null: none), then by a random tag
     * ({@code randomTies}) or the lower index; the arrays are copied.
     */
    public GainHeap(long[] keys, long[] secondKeys, boolean randomTies) {
        int n = keys.length;
        if (secondKeys != null && secondKeys.length != n) {
            throw new IllegalArgumentException(
                    "The second keys (" + secondKeys.length + ") differ in number from the keys (" + n + ").");
        }
        this.key = keys.clone();
        this.secondKey = secondKeys == null ? null : secondKeys.clone();
        this.randomTies = randomTies;
        this.tag = new int[n];
        for (int v = 0; v < n; v++) {
            tag[v] = nextTag();
        }
        this.heap = new int[n];
        this.position = new int[n];
        for (int v = 0; v < n; v++) {
            heap[v] = v;
            position[v] = v;
        }
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(i);
        }
    }

    /** The number of variables. */
    public int size() {
        return heap.length;
    }

    /** The key of variable {@code v}. */
    public long key(int v) {
        return key[v];
    }

    /** The second key of variable {@code v} (0 for a heap without second keys). */
    public long secondKey(int v) {
        return secondKey == null ? 0L : secondKey[v];
    }

    /** Sets the key of variable {@code v}. {@code O(log n)}. */
    public void update(int v, long newKey) {
        long old = key[v];
        if (old == newKey) {
            return;
        }
        key[v] = newKey;
        tag[v] = nextTag();
        if (newKey > old) {
            siftUp(position[v]);
        } else {
            siftDown(position[v]);
        }
    }

    /** Sets both keys of variable {@code v} (a heap with second keys). {@code O(log n)}. */
    public void update(int v, long newKey, long newSecondKey) {
        if (key[v] == newKey && secondKey[v] == newSecondKey) {
            return;
        }
        key[v] = newKey;
        secondKey[v] = newSecondKey;
        tag[v] = nextTag();
        siftUp(position[v]);
        siftDown(position[v]);
    }

    /** Adds {@code delta} to the key of variable {@code v}. {@code O(log n)}. */
    public void add(int v, long delta) {
        update(v, key[v] + delta);
    }

    /** Resets every key (copied). {@code O(n)}. */
    public void resetAll(long[] keys) {
        resetAll(keys, null);
    }

    /** Resets every key and, for a heap with second keys, every second key (copied). {@code O(n)}. */
    public void resetAll(long[] keys, long[] secondKeys) {
        if (keys.length != key.length
                || (secondKey != null && (secondKeys == null || secondKeys.length != key.length))) {
            throw new IllegalArgumentException(
                    "The key count (" + keys.length + ") differs from the heap size (" + key.length + ").");
        }
        System.arraycopy(keys, 0, key, 0, keys.length);
        if (secondKey != null) {
            System.arraycopy(secondKeys, 0, secondKey, 0, keys.length);
        }
        for (int i = heap.length / 2 - 1; i >= 0; i--) {
            siftDown(i);
        }
    }

    /**
     * Writes the {@code min(out.length, size())} variables with the largest keys into {@code out}, best first, and
     * returns how many it wrote. Walks the heap with a second small heap of candidate slots: {@code O(k log k)}; the
     * heap is unchanged.
     */
    public int top(int[] out) {
        int k = Math.min(out.length, heap.length);
        if (k == 0) {
            return 0;
        }
        if (frontier.length < k + 2) {
            frontier = new int[2 * k + 2];
        }
        int size = 0;
        frontier[size++] = 0;
        int written = 0;
        while (written < k) {
            int index = frontier[0];
            out[written++] = heap[index];
            frontier[0] = frontier[--size];
            frontierSiftDown(0, size);
            int child = 2 * index + 1;
            for (int c = child; c <= child + 1 && c < heap.length; c++) {
                frontier[size] = c;
                frontierSiftUp(size++);
            }
        }
        return written;
    }

    private void frontierSiftUp(int i) {
        int slot = frontier[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(heap[slot], heap[frontier[parent]])) {
                break;
            }
            frontier[i] = frontier[parent];
            i = parent;
        }
        frontier[i] = slot;
    }

    private void frontierSiftDown(int i, int size) {
        if (size == 0) {
            return;
        }
        int slot = frontier[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(heap[frontier[child + 1]], heap[frontier[child]])) {
                child++;
            }
            if (!before(heap[frontier[child]], heap[slot])) {
                break;
            }
            frontier[i] = frontier[child];
            i = child;
        }
        frontier[i] = slot;
    }

    private boolean before(int a, int b) {
        if (key[a] != key[b]) {
            return key[a] > key[b];
        }
        if (secondKey != null && secondKey[a] != secondKey[b]) {
            return secondKey[a] > secondKey[b];
        }
        if (randomTies && tag[a] != tag[b]) {
            return tag[a] > tag[b];
        }
        return a < b;
    }

    private int nextTag() {
        long z = tagState += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (int) (z ^ (z >>> 31));
    }

    private void siftUp(int i) {
        int v = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int p = heap[parent];
            if (!before(v, p)) {
                break;
            }
            heap[i] = p;
            position[p] = i;
            i = parent;
        }
        heap[i] = v;
        position[v] = i;
    }

    private void siftDown(int i) {
        int n = heap.length;
        int v = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!before(heap[child], v)) {
                break;
            }
            heap[i] = heap[child];
            position[heap[i]] = i;
            i = child;
        }
        heap[i] = v;
        position[v] = i;
    }

    @Override
    public String toString() {
        return "GainHeap" + Arrays.toString(Arrays.copyOf(heap, Math.min(8, heap.length)));
    }
}
