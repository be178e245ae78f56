package io.hyperseed.cli.benchmark;

import io.hyperseed.core.io.Instance;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The instances of the runs still to come: each file is read once, when its first run starts, and dropped when its
 * last run ends, so a benchmark that runs instance by instance holds one instance (one per parallel run at most)
 * in memory. Thread-safe; a file is read by one thread while the others wait for it.
 */
final class InstanceCache {

    private final BenchmarkRunner.InstanceSource source;
    private final Map<Path, Entry> entries = new HashMap<>();

    private static final class Entry {
        int remaining;
        Instance instance;
    }

    InstanceCache(BenchmarkRunner.InstanceSource source, List<PlannedRun> runs) {
        this.source = source;
        for (PlannedRun r : runs) {
            entries.computeIfAbsent(r.instance(), k -> new Entry()).remaining++;
        }
    }

    /** The instance of {@code run}, read on first use. */
    Instance acquire(PlannedRun run) throws IOException {
        Entry e;
        synchronized (this) {
            e = entries.get(run.instance());
        }
        synchronized (e) {
            if (e.instance == null) {
                e.instance = source.read(run.instance());
            }
            return e.instance;
        }
    }

    /** Marks {@code run} as done; drops its instance after the last run that needs it. */
    void release(PlannedRun run) {
        Entry e;
        synchronized (this) {
            e = entries.get(run.instance());
        }
        synchronized (e) {
            if (--e.remaining == 0) {
                e.instance = null;
            }
        }
    }
}
