package io.hyperseed.cli.benchmark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Hands the runs out in the planned order to one or more workers. With several workers, a run with a neural phase
 * waits while another neural run is in progress and the next run without one goes first, so that no run's clock
 * ticks while it waits for the JVM's one training slot. {@code O(pending runs)} per call.
 */
final class RunQueue {

    private final List<PlannedRun> pending;
    private final Predicate<PlannedRun> neural;
    private boolean neuralRunning;
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
                if (!isNeural || !neuralRunning) {
                    it.remove();
                    neuralRunning |= isNeural;
                    return r;
                }
            }
            wait();
        }
        return null;
    }

    /** Marks {@code run} as finished. */
    synchronized void done(PlannedRun run) {
        if (neural.test(run)) {
            neuralRunning = false;
        }
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
