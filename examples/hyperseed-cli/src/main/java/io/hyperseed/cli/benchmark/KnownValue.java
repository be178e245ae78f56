package io.hyperseed.cli.benchmark;

import java.util.Objects;

/**
 * A reference objective for an instance: a best-known or published value with where it comes from, or
 * {@link #NONE}.
 *
 * @param value the objective (NaN for none)
 * @param source where it comes from (empty for none)
 */
public record KnownValue(double value, String source) {

    /** No reference: the report uses the best run. */
    public static final KnownValue NONE = new KnownValue(Double.NaN, "");

    public KnownValue {
        Objects.requireNonNull(source, "source");
    }
}
