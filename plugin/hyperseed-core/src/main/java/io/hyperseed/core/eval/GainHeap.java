package io.hyperseed.core.eval;

import java.util.Arrays;

/**
 * An indexed binary max-heap over the variables {@code 0..n-1}, keyed by a {@code long} gain (ties: smaller index
 * first): the "best variable" index behind {@link FlipGains#best}. {@link #update} costs {@code O(log n)}, {@link #top}
 * of {@code k} variables {@code O(k^2)} without changing the heap, construction {@code O(n)}. Not thread-safe.
 */
public final class GainHeap {

    private final long[] key;
    private final int[] heap;
    private final int[] position;
    private int[] frontier = new int[16];

    /** A heap over {@code keys.length} variables with these initial keys (copied). */
    public GainHeap(long[] keys) {
        int n = keys.length;
        this.key = keys.clone();
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

    /** Sets the key of variable {@code v}. {@code O(log n)}. */
    public void update(int v, long newKey) {
        long old = key[v];
        if (old == newKey) {
            return;
        }
        key[v] = newKey;
        if (newKey > old) {
            siftUp(position[v]);
        } else {
            siftDown(position[v]);
        }
    }

    /** Adds {@code delta} to the key of variable {@code v}. {@code O(log n)}. */
    public void add(int v, long delta) {
        update(v, key[v] + delta);
    }

    /** Resets every key (copied). {@code O(n)}. */
    public void resetAll(long[] keys) {
        if (keys.length != key.length) {
            throw new IllegalArgumentException("The key count (" + keys.length + ") differs from the heap size ("
                    + key.length + ").");
        }
        System.arraycopy(keys, 0, key, 0, keys.length);
        for (int i = heap.length / 2 - 1; i >= 0; i--) {
            siftDown(i);
        }
    }

    /**
     * Writes the {@code min(out.length, size())} variables with the largest keys into {@code out}, best first, and
     * returns how many it wrote. Walks the heap with a frontier of at most {@code k + 1} slots: {@code O(k^2)} for
     * the small {@code k} a local search asks for; the heap is unchanged.
     */
    public int top(int[] out) {
        int k = Math.min(out.length, heap.length);
        if (k == 0) {
            return 0;
        }
        if (frontier.length < 2 * k + 2) {
            frontier = new int[2 * k + 2];
        }
        int size = 0;
        frontier[size++] = 0;
        int written = 0;
        while (written < k) {
            int bestSlot = 0;
            for (int i = 1; i < size; i++) {
                if (before(heap[frontier[i]], heap[frontier[bestSlot]])) {
                    bestSlot = i;
                }
            }
            int index = frontier[bestSlot];
            frontier[bestSlot] = frontier[--size];
            out[written++] = heap[index];
            int child = 2 * index + 1;
            if (child < heap.length) {
                frontier[size++] = child;
            }
            if (child + 1 < heap.length) {
                frontier[size++] = child + 1;
            }
        }
        return written;
    }

    private boolean before(int a, int b) {
        return key[a] > key[b] || (key[a] == key[b] && a < b);
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
