package io.hyperseed.timefold.domain;

import java.util.Objects;

/**
 * Problem fact for the constraint streams: literal {@code x_variable} or {@code (1 - x_variable)} of a
 * {@link Term}. It names the variable by index, never by entity reference (the planning clone would leave a
 * reference pointing at the wrong copy).
 *
 * @param term the term it belongs to
 * @param variable the variable index
 * @param negated true for {@code (1 - x)}
 */
public record TermLiteral(Term term, int variable, boolean negated) {

    public TermLiteral {
        Objects.requireNonNull(term, "term");
        if (variable < 0) {
            throw new IllegalArgumentException("The variable index (" + variable + ") must not be negative.");
        }
    }

    /** The literal's value (1 = true) when its variable has {@code value}. */
    public boolean isTrueFor(boolean value) {
        return value != negated;
    }
}
