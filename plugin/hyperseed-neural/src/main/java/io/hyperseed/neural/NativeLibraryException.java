package io.hyperseed.neural;

import io.hyperseed.core.seed.SeedingException;

/**
 * The PyTorch native library (through DJL) is missing or cannot be loaded, or the requested device is absent.
 * The message says what to install or set.
 */
public class NativeLibraryException extends SeedingException {

    private static final long serialVersionUID = 1L;

    public NativeLibraryException(String message) {
        super(message);
    }

    public NativeLibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
