package io.hyperseed.core.seed;

/** A {@link Seeder} could not produce a seed; the message says why and what to do. */
public class SeedingException extends Exception {

    private static final long serialVersionUID = 1L;

    public SeedingException(String message) {
        super(message);
    }

    public SeedingException(String message, Throwable cause) {
        super(message, cause);
    }
}
