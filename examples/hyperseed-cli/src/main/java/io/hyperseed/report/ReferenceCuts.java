package io.hyperseed.report;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * Built-in reference cuts for the public max-cut instances the project benchmarks on: what an independent tabu
 * search reaches in 60 s on 2 cores (the program in {@code ../shared/tools/refcut/}, one C file: single-vertex
 * flips with bucket-list gains, random tenure, perturbation restarts, after exact reductions; seed 1; every cut
 * re-checked by a separate evaluator), as listed in {@code ../shared/FACTS.md} (checked 2026-11-24). Every value is
 * at or above the best published with the seed paper (BIPNN), HypOp and PI-GNN. An instance matches by its name
 * ({@link CsvTable#instanceKey}) and its vertex count, so a different file with the same name gets no reference.
 * Lookup is {@code O(1)}.
 */
public final class ReferenceCuts {

    /** Where the values come from, as shown in reports. */
    public static final String SOURCE =
            "refcut: tabu search in C with exact reductions, 60 s on 2 cores " + "(../shared/FACTS.md)";

    /** Instance key to (vertices, cut). */
    private static final Map<String, long[]> CUTS = Map.ofEntries(
            // seed-bip (BIPNN paper instances)
            Map.entry("bat", new long[] {131, 655}),
            Map.entry("citeseer", new long[] {3327, 3960}),
            Map.entry("cora", new long[] {1330, 1400}),
            Map.entry("dblp", new long[] {2591, 2869}),
            Map.entry("eat", new long[] {399, 3997}),
            Map.entry("high", new long[] {327, 5258}),
            Map.entry("primary", new long[] {242, 8553}),
            Map.entry("uat", new long[] {1190, 8475}),
            // HypOp synthetic_original (Hyp_<vertices>_<hyperedges>)
            Map.entry("hyp_453_673", new long[] {453, 664}),
            Map.entry("hyp_901_1333", new long[] {901, 1317}),
            Map.entry("hyp_1779_2660", new long[] {1779, 2632}),
            Map.entry("hyp_2664_3901", new long[] {2664, 3858}),
            Map.entry("hyp_4425_6555", new long[] {4425, 6470}),
            Map.entry("hyp_6281_9325", new long[] {6281, 9211}),
            Map.entry("hyp_8901_13058", new long[] {8901, 12880}),
            // G-set (the PI-GNN table)
            Map.entry("g14", new long[] {800, 3063}),
            Map.entry("g15", new long[] {800, 3050}),
            Map.entry("g22", new long[] {2000, 13359}),
            Map.entry("g49", new long[] {3000, 6000}),
            Map.entry("g50", new long[] {3000, 5880}),
            Map.entry("g55", new long[] {5000, 10275}),
            Map.entry("g70", new long[] {10000, 9584}));

    private ReferenceCuts() {}

    /** The reference cut of the instance named {@code instance} with {@code vertices} vertices, if known. */
    public static OptionalDouble lookup(String instance, int vertices) {
        long[] entry = CUTS.get(CsvTable.instanceKey(instance));
        if (entry == null || entry[0] != vertices) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(entry[1]);
    }
}
