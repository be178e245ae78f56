package io.hyperseed.neural.train;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * A wall-clock deadline plus the caller's stop signal, shared by every step of a seeding run that can take long
 * (setup, epochs, evaluations, samples, repair, the greedy baseline). {@link #allows(long)} answers "can a step
 * that costs this much still finish before the deadline?", so that no step starts that cannot end in time.
 * {@code O(1)} per question; thread-safe as long as the stop signal is.
 */
public final class TimeBudget {

    private final long start;
    private final long deadline;
    private final BooleanSupplier stop;

    private TimeBudget(long start, long deadline, BooleanSupplier stop) {
        this.start = start;
        this.deadline = deadline;
        this.stop = Objects.requireNonNull(stop, "stop");
    }

    /** A budget of {@code limit} from now, also ended by {@code stop}. */
    public static TimeBudget startingNow(Duration limit, BooleanSupplier stop) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("The time limit (" + limit + ") must be positive. Maybe 5s?");
        }
        long now = System.nanoTime();
        long nanos = limit.toNanos();
        return new TimeBudget(now, nanos > Long.MAX_VALUE / 4 ? now + Long.MAX_VALUE / 4 : now + nanos, stop);
    }

    /** The same deadline, with {@code reserve} nanoseconds kept back for work that must follow. */
    public TimeBudget reserving(long reserveNanos) {
        return new TimeBudget(start, deadline - Math.max(0L, reserveNanos), stop);
    }

    /** True when the caller asked to stop (solver termination or interrupt). */
    public boolean stopRequested() {
        return stop.getAsBoolean() || Thread.currentThread().isInterrupted();
    }

    /** True when the deadline has passed. */
    public boolean expired() {
        return System.nanoTime() - deadline >= 0;
    }

    /** True when a step of {@code nanos} started now would end by the deadline and nobody asked to stop. */
    public boolean allows(long nanos) {
        return !stopRequested() && deadline - System.nanoTime() >= nanos;
    }

    /** Nanoseconds left until the deadline (negative when past). */
    public long remainingNanos() {
        return deadline - System.nanoTime();
    }

    /** Nanoseconds since the budget started. */
    public long elapsedNanos() {
        return System.nanoTime() - start;
    }

    /** The budget started at this {@link System#nanoTime()}. */
    public long startNanos() {
        return start;
    }

    /** A stop signal that fires on the caller's stop or at the deadline, for code that polls one. */
    public BooleanSupplier asStopSignal() {
        return () -> stopRequested() || expired();
    }
}
