package io.hyperseed.core.io;

/** The instance file formats Hyperseed reads. See {@code docs/formats.md} for each. */
public enum Format {
    /** hMETIS {@code .hgr}: header {@code m n [fmt]}, 1-based hyperedges, optional weights. Max-cut. */
    HMETIS("hmetis"),
    /** HypOp text: header {@code n m}, then 1-based hyperedges. Max-cut. */
    HYPOP("hypop"),
    /** The BIPNN seed text format: optional 2-token header, named vertices, one hyperedge a line. Max-cut. */
    BIPNN("bipnn"),
    /** G-set / rudy: header {@code n m}, then {@code u v w} lines, 1-based. Graph max-cut. */
    RUDY("rudy"),
    /** OR-Library BQP (several QUBO instances per file), maximise {@code x'Qx}. */
    ORLIB_BQP("bqp"),
    /** OR-Library multidimensional knapsack (several instances per file). */
    ORLIB_MKNAP("mknap"),
    /** DIMACS CNF: MAX-SAT with unit weights. */
    DIMACS_CNF("cnf"),
    /** DIMACS WCNF: weighted partial MAX-SAT. */
    DIMACS_WCNF("wcnf"),
    /** Hyperseed's own text format for a PUBO with constraints. */
    PUBO("pubo"),
    /** ScHoLP simplicial data ({@code *-nverts.txt} + {@code *-simplices.txt}, Benson et al.). Max-cut. */
    SCHOLP("scholp");

    private final String id;

    Format(String id) {
        this.id = id;
    }

    /** The short name used by {@code --format}. */
    public String id() {
        return id;
    }

    /** The format with this short name (case-insensitive), or null. */
    public static Format byId(String id) {
        for (Format f : values()) {
            if (f.id.equalsIgnoreCase(id) || f.name().equalsIgnoreCase(id)) {
                return f;
            }
        }
        return null;
    }
}
