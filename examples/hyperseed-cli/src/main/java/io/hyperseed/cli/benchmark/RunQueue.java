package io.hyperseed.cli.benchmark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Hands the runs out in the planned order to one or more workers. With several workers, a run with a neural phase
 * waits while another neural run is in progress and the next run without one goes first, so that no run's clock
 * ticks while it waits for the JVM's one training slot. A run gives the slot back when its training is over
 * ({@link #release}) or when it finishes. {@code O(pending runs)} per call.
 */
final class RunQueue {

    private final List<PlannedRun> pending;
    private final Predicate<PlannedRun> neural;
    private PlannedRun trainer;
    private boolean closed;

    RunQueue(List<PlannedRun> runs, Predicate<PlannedRun> neural) {
        this.pending = new ArrayList<>(runs);
        this.neural = neural;
    }

    /** The next run to start, waiting for the neural slot when needed; null when none is left or closed. */
    synchronized PlannedRun next() throws InterruptedException {
        while (!closed && !pending.isEmpty()) {
            for (Iterator<PlannedRun> it = pending.iterator(); it.hasNext(); ) {
                PlannedRun r = it.next();
                boolean isNeural = neural.test(r);
                if (!isNeural || trainer == null) {
                    it.remove();
                    if (isNeural) {
                        trainer = r;
                    }
                    return r;
                }
            }
            wait();
        }
        return null;
    }

    /** Gives the training slot back if {@code run} holds it (its neural phase is over); idempotent. */
    synchronized void release(PlannedRun run) {
        if (trainer == run) {
            trainer = null;
            notifyAll();
        }
    }

    /** Marks {@code run} as finished. */
    synchronized void done(PlannedRun run) {
        release(run);
        notifyAll();
    }

    /** Hands out no further run. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    /** The runs not handed out. */
    synchronized int remaining() {
        return pending.size();
    }
}
