package io.hyperseed.cli.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The order a benchmark runs its matrix in. Every order keeps instances in the given order (so one instance is in
 * memory at a time) and arranges the (config, framework, repeat) cells of each instance:
 * <ul>
 *   <li>{@link #RANDOM} shuffles them with a seed (the default): no config is always first, always right after a
 *       given one, or always in the coldest part of the JVM;</li>
 *   <li>{@link #INTERLEAVED} runs repeat by repeat and rotates the (config, framework) pairs by one per repeat, so
 *       each pair goes first equally often over as many repeats as there are pairs;</li>
 *   <li>{@link #SEQUENTIAL} is the matrix order (instance, config, framework, repeat): biased, kept for
 *       comparison with older reports.</li>
 * </ul>
 * {@code O(runs)}; deterministic for a seed.
 */
public enum RunOrder {
    RANDOM,
    INTERLEAVED,
    SEQUENTIAL;

    /**
     * Arranges {@code matrix} (the runs of the whole plan, in matrix order, with {@code cells} runs per instance)
     * and numbers the positions.
     */
    List<PlannedRun> arrange(List<PlannedRun> matrix, int cells, int repeats, long seed) {
        List<PlannedRun> ordered = new ArrayList<>(matrix.size());
        for (int start = 0; start < matrix.size(); start += cells) {
            List<PlannedRun> block = new ArrayList<>(matrix.subList(start, start + cells));
            switch (this) {
                case RANDOM -> Collections.shuffle(block, new Random(seed * 1_000_003L + start));
                case INTERLEAVED -> block = interleave(block, repeats);
                case SEQUENTIAL -> {}
            }
            ordered.addAll(block);
        }
        List<PlannedRun> numbered = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            numbered.add(ordered.get(i).at(i));
        }
        return numbered;
    }

    /** {@code block} holds (pair, repeat) in matrix order: pair-major. */
    private static List<PlannedRun> interleave(List<PlannedRun> block, int repeats) {
        int pairs = block.size() / repeats;
        List<PlannedRun> out = new ArrayList<>(block.size());
        for (int r = 0; r < repeats; r++) {
            for (int j = 0; j < pairs; j++) {
                out.add(block.get(((j + r) % pairs) * repeats + r));
            }
        }
        return out;
    }
}
