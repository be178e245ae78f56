package io.hyperseed.cli.solve;

import io.hyperseed.core.seed.SeedProgress;
import io.hyperseed.core.solve.ProgressPoint;
import io.hyperseed.core.solve.SolveListener;
import io.hyperseed.report.Numbers;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Shows a solve's progress on stderr: training (epoch, loss, rounded objective) then solving (best score over
 * time). In {@link Mode#BAR} mode (a terminal) one line is redrawn in place, also between events; in
 * {@link Mode#LINES} mode (a pipe or a file) a plain line is printed at most every {@code interval}, and at
 * least every {@code interval} once solving has started. Thread-safe:
 * solvers call it from their own threads.
 */
public final class ProgressDisplay implements SolveListener, AutoCloseable {

    /** How progress is shown. */
    public enum Mode {
        /** One line redrawn in place with a bar (terminals). */
        BAR,
        /** Periodic plain lines (pipes, files, CI logs). */
        LINES,
        /** Nothing. */
        OFF
    }

    private static final int BAR_WIDTH = 24;

    private final PrintWriter out;
    private final Mode mode;
    private final Duration budget;
    private final Duration interval;
    private final LongSupplier nanoClock;
    private long start;
    private boolean aligned;
    private boolean closed;
    private ScheduledExecutorService refresher;
    private long lastLine = Long.MIN_VALUE;
    private String phaseLine = "starting";
    private int lastWidth;
    private boolean pendingLine;

    /**
     * @param out where to draw (stderr)
     * @param mode bar, lines or off
     * @param budget the time budget (the bar's 100%)
     * @param interval the minimum time between two plain lines
     * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime})
     */
    public ProgressDisplay(PrintWriter out, Mode mode, Duration budget, Duration interval, LongSupplier nanoClock) {
        this.out = Objects.requireNonNull(out, "out");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.start = nanoClock.getAsLong();
    }

    /**
     * Starts a background refresh (returns this): the bar is redrawn four times a second, and in lines mode the
     * current state is repeated every {@code interval} when no event printed a line, so a quiet search still shows
     * that it is alive.
     */
    public ProgressDisplay startRefreshing() {
        if (mode == Mode.OFF) {
            return this;
        }
        refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hyperseed-progress");
            t.setDaemon(true);
            return t;
        });
        long period = mode == Mode.BAR ? 250 : interval.toMillis();
        refresher.scheduleAtFixedRate(this::refresh, period, period, TimeUnit.MILLISECONDS);
        return this;
    }

    @Override
    public synchronized void onSeedProgress(SeedProgress p) {
        align(p.elapsed());
        phaseLine = String.format(
                        Locale.ROOT,
                        "training  epoch %d  loss %.4g  rounded %s",
                        p.epoch(),
                        p.loss(),
                        Numbers.objective(p.roundedObjective()))
                + (p.roundedViolation() > 0 ? " (violation " + Numbers.objective(p.roundedViolation()) + ")" : "");
        show();
    }

    @Override
    public synchronized void onNewBest(ProgressPoint point) {
        align(point.elapsed());
        phaseLine = "solving   best " + Numbers.objective(point.objective())
                + (point.violation() > 0 ? " (violation " + Numbers.objective(point.violation()) + ")" : "")
                + " at " + Numbers.seconds(point.elapsed()) + " [" + point.phase() + "]";
        show();
    }

    /**
     * Sets the clock's origin from the first event, so that the time shown is the solver's (JVM warm-up and
     * model building before the solve are not counted against the budget).
     */
    private void align(Duration sinceSolveStart) {
        if (!aligned) {
            start = nanoClock.getAsLong() - sinceSolveStart.toNanos();
            aligned = true;
        }
    }

    private void show() {
        long now = nanoClock.getAsLong();
        if (mode == Mode.BAR) {
            draw(now);
        } else if (mode == Mode.LINES) {
            if (lastLine == Long.MIN_VALUE || now - lastLine >= interval.toNanos()) {
                out.println(elapsedText(now) + "  " + phaseLine);
                out.flush();
                lastLine = now;
                pendingLine = false;
            } else {
                pendingLine = true;
            }
        }
    }

    private synchronized void refresh() {
        if (closed || !aligned) {
            if (!closed && mode == Mode.BAR) {
                out.print("\r[" + "-".repeat(BAR_WIDTH) + "] preparing the solver ...");
                out.flush();
                lastWidth = Math.max(lastWidth, BAR_WIDTH + 30);
            }
            return;
        }
        long now = nanoClock.getAsLong();
        if (mode == Mode.BAR) {
            draw(now);
        } else if (now - lastLine >= interval.toNanos()) {
            out.println(elapsedText(now) + "  " + phaseLine);
            out.flush();
            lastLine = now;
            pendingLine = false;
        }
    }

    private void draw(long now) {
        double fraction = Math.min(1.0, (now - start) / (double) Math.max(1, budget.toNanos()));
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        String line =
                "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + elapsedText(now) + "  " + phaseLine;
        int pad = Math.max(0, lastWidth - line.length());
        out.print("\r" + line + " ".repeat(pad));
        out.flush();
        lastWidth = line.length();
    }

    private String elapsedText(long now) {
        return Numbers.seconds(Duration.ofNanos(now - start)) + "/" + Numbers.seconds(budget);
    }

    /** Stops redrawing and ends the progress line (bar) or prints the last pending line (lines). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (refresher != null) {
            refresher.shutdownNow();
        }
        if (mode == Mode.BAR && lastWidth > 0) {
            out.print("\r" + " ".repeat(lastWidth) + "\r");
        } else if (mode == Mode.LINES && pendingLine) {
            out.println(elapsedText(nanoClock.getAsLong()) + "  " + phaseLine);
            pendingLine = false;
        }
        out.flush();
    }
}
