package io.hyperseed.neural.train;

import io.hyperseed.core.seed.SeedingException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * One training at a time per JVM: DJL's gradient collector is global, so concurrent trainings would corrupt each
 * other. A fair lock: callers are served in arrival order; a waiting caller gives up (with a
 * {@link SeedingException}) when its stop signal is raised.
 */
public final class TrainingLock {

    private static final ReentrantLock LOCK = new ReentrantLock(true);

    private TrainingLock() {}

    /** Waits for the lock, polling {@code stop} every 50 ms; the caller must call {@link #release()}. */
    public static void acquire(BooleanSupplier stop) throws SeedingException {
        try {
            while (!LOCK.tryLock(50, TimeUnit.MILLISECONDS)) {
                if (stop.getAsBoolean()) {
                    throw new SeedingException("Stopped while waiting for another neural training in this JVM "
                            + "(one at a time: DJL's gradient collector is global). Maybe run seeders in sequence "
                            + "or in separate JVMs?");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SeedingException("Interrupted while waiting for another neural training in this JVM.", e);
        }
    }

    /** Releases the lock taken by {@link #acquire}. */
    public static void release() {
        LOCK.unlock();
    }
}
