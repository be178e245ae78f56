package io.hyperseed.neural.data;

import java.util.Arrays;

/** A growable {@code int} array (amortised {@code O(1)} append), package-private helper. */
final class IntList {

    private int[] values = new int[16];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
