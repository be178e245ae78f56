package io.hyperseed.cli.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * CPU time for one run. When runs do not overlap, the process's CPU time over the run (every thread: the solver,
 * PyTorch's native pool, the garbage collector and the JIT compiler); when they overlap, only the calling thread's
 * (PyTorch's pool threads and the JVM's own threads are then not counted, so it is a lower bound). {@code O(1)}.
 */
final class CpuClock {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final boolean process;
    private final long start;

    private CpuClock(boolean process) {
        this.process = process;
        this.start = now(process);
    }

    /** Starts measuring the process ({@code wholeProcess}, when available) or the current thread. */
    static CpuClock start(boolean wholeProcess) {
        return new CpuClock(wholeProcess && processCpuNanos() >= 0);
    }

    /** True when this clock counts the whole process. */
    boolean isProcess() {
        return process;
    }

    /** The CPU time since {@link #start}, zero when the JVM cannot measure it. */
    Duration elapsed() {
        long end = now(process);
        return end < 0 || start < 0 ? Duration.ZERO : Duration.ofNanos(Math.max(0, end - start));
    }

    private static long now(boolean process) {
        if (process) {
            return processCpuNanos();
        }
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
