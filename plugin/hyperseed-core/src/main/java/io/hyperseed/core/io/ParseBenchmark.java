package io.hyperseed.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times the readers: for each file (default: G-set {@code G70} and HypOp {@code Hyp_8901_13058} from the
 * {@link DataDirectory}), three warm-up parses, then the best of five, printed with the machine (cores, JVM) and
 * the file size. Usage: {@code ParseBenchmark [file[#k] ...]}. Not a JMH benchmark: best-of-5 on a warm JVM is
 * enough to check the "under one second" budget of the readers.
 */
public final class ParseBenchmark {

    private static final int WARMUP = 3;
    private static final int RUNS = 5;

    private ParseBenchmark() {
    }

    /** Runs the benchmark on {@code args} (or the default files) and prints one line per file. */
    public static void main(String[] args) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            files.add(Path.of(a));
        }
        if (files.isEmpty()) {
            Path data = DataDirectory.configured();
            files.add(data.resolve("gset/graphs/G70.txt"));
            files.add(data.resolve("hypop/synthetic_original/Hyp_8901_13058.txt"));
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "machine: %d cores, JVM %s %s, max heap %d MiB%n", rt.availableProcessors(),
                System.getProperty("java.vm.vendor"), System.getProperty("java.version"), rt.maxMemory() >> 20);
        for (Path file : files) {
            if (!Files.exists(file)) {
                System.out.println("missing: " + file + " (set -D" + DataDirectory.PROPERTY + "=DIR)");
                continue;
            }
            Format format = InstanceFiles.detect(file);
            for (int k = 0; k < WARMUP; k++) {
                InstanceFiles.read(file, format);
            }
            long best = Long.MAX_VALUE;
            String shape = "";
            for (int k = 0; k < RUNS; k++) {
                long start = System.nanoTime();
                List<Instance> all = InstanceFiles.read(file, format);
                best = Math.min(best, System.nanoTime() - start);
                Instance first = all.get(0);
                shape = all.size() + " instance(s), n=" + first.problem().numVariables()
                        + (first.isMaxCut() ? ", m=" + first.hypergraph().numEdges() : ", terms="
                        + first.problem().objective().numTerms());
            }
            System.out.printf(Locale.ROOT, "%s  format=%s  size=%d bytes  %s  best of %d: %.1f ms%n",
                    file.getFileName(), format.id(), Files.size(file), shape, RUNS, best / 1e6);
        }
    }
}
