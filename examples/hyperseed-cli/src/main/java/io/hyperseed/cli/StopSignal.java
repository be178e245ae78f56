package io.hyperseed.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C handling for a long command: a shutdown hook that interrupts the working thread (solvers return their
 * best so far on interrupt) and then waits, up to a grace period, until the command has printed its summary and
 * closed this signal. Closing removes the hook, so in-process use (tests) leaves nothing behind.
 */
public final class StopSignal implements AutoCloseable {

    private static final Duration GRACE = Duration.ofSeconds(15);

    private final Thread hook;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean requested;

    private StopSignal(Thread worker) {
        this.hook = new Thread(
                () -> {
                    requested = true;
                    worker.interrupt();
                    try {
                        finished.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "hyperseed-stop");
    }

    /** Installs the hook for the current thread. */
    public static StopSignal install() {
        StopSignal signal = new StopSignal(Thread.currentThread());
        Runtime.getRuntime().addShutdownHook(signal.hook);
        return signal;
    }

    /** True once Ctrl-C (or another shutdown) was requested. */
    public boolean isRequested() {
        return requested;
    }

    /** Releases a waiting shutdown, removes the hook and clears a pending interrupt of this thread. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already exiting: the hook is running and returns now that finished is counted down.
        }
        if (!requested) {
            Thread.interrupted();
        }
    }
}
