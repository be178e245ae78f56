package io.hyperseed.core.model;

/** Comparison of a constraint's left-hand side with its right-hand side. */
public enum Relation {
    LESS_OR_EQUAL("<="),
    EQUAL("="),
    GREATER_OR_EQUAL(">=");

    private final String symbol;

    Relation(String symbol) {
        this.symbol = symbol;
    }

    /** The symbol used in files: {@code <=}, {@code =} or {@code >=}. */
    public String symbol() {
        return symbol;
    }

    /**
     * How far {@code lhs} is from satisfying {@code lhs REL rhs}; zero when satisfied. Values within
     * {@code 1e-9 * max(1, |rhs|)} of the bound count as satisfied, so real coefficients do not flag rounding noise.
     */
    public double violation(double lhs, double rhs) {
        double raw = switch (this) {
            case LESS_OR_EQUAL -> lhs - rhs;
            case EQUAL -> Math.abs(lhs - rhs);
            case GREATER_OR_EQUAL -> rhs - lhs;
        };
        return raw <= 1e-9 * Math.max(1.0, Math.abs(rhs)) ? 0.0 : raw;
    }

    /** Parses {@code <=}, {@code =}, {@code ==} or {@code >=}; returns null for anything else. */
    public static Relation parse(String token) {
        return switch (token) {
            case "<=", "=<" -> LESS_OR_EQUAL;
            case "=", "==" -> EQUAL;
            case ">=", "=>" -> GREATER_OR_EQUAL;
            default -> null;
        };
    }
}
