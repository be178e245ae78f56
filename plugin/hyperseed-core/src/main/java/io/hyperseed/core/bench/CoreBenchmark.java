package io.hyperseed.core.bench;

import io.hyperseed.core.eval.CutState;
import io.hyperseed.core.eval.PolynomialState;
import io.hyperseed.core.io.DataDirectory;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.io.InstanceFiles;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.Literal;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PuboProblem;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Throughput of the core evaluators on one thread: full evaluations and single-flip deltas per second, for the
 * hypergraph cut ({@link CutState}) and the compact max-cut PUBO ({@link PolynomialState}), on G-set and HypOp
 * instances; plus the heap taken by a 10^6-term polynomial. Prints the machine and settings with the figures.
 *
 * <p>Run: {@code ./hyperseed bench-core} or {@code java -cp ... io.hyperseed.core.bench.CoreBenchmark [files...]};
 * without arguments it uses G14, G22, G55, G70 and HypOp {@code Hyp_8901_13058.txt} from the data folder.
 */
public final class CoreBenchmark {

    private static final long MEASURE_NANOS = 1_000_000_000L;

    private CoreBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        run(args, System.out);
    }

    /** Runs the benchmark on the given files (or the defaults) and prints a table to {@code out}. */
    public static void run(String[] args, PrintStream out) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            files.add(Path.of(a));
        }
        if (files.isEmpty()) {
            for (String rel : List.of("gset/graphs/G14.txt", "gset/graphs/G22.txt", "gset/graphs/G55.txt",
                    "gset/graphs/G70.txt", "hypop/synthetic_original/Hyp_8901_13058.txt")) {
                DataDirectory.find(rel).ifPresent(files::add);
            }
        }
        out.println("# Hyperseed core evaluator benchmark");
        out.println(machine());
        out.println("# one thread; each figure is the best of 3 rounds of >= 1 s after a warm-up round");
        out.printf("%-22s %8s %8s %9s %12s %12s %12s %12s%n", "instance", "n", "m", "parse_ms", "cut_evals/s",
                "cut_flipd/s", "pubo_evals/s", "pubo_flipd/s");
        for (Path file : files) {
            if (!Files.exists(file)) {
                out.println("# missing: " + file);
                continue;
            }
            long t0 = System.nanoTime();
            Instance instance = InstanceFiles.readSingle(file, null);
            double parseMs = (System.nanoTime() - t0) / 1e6;
            Hypergraph g = instance.hypergraph();
            PuboProblem pubo = instance.problem();
            boolean[] x = randomPoint(pubo.numVariables(), 1);
            double cutEvals = g == null ? Double.NaN : rate(() -> g.cutWeight(x), 1);
            double cutDeltas = g == null ? Double.NaN : cutDeltaRate(g, x);
            double puboEvals = rate(() -> pubo.objectiveValue(x), 1);
            double puboDeltas = polynomialDeltaRate(pubo.objective(), x);
            out.printf("%-22s %8d %8d %9.1f %12.3g %12.3g %12.3g %12.3g%n", instance.name(), pubo.numVariables(),
                    g == null ? pubo.objective().numTerms() : g.numEdges(), parseMs, cutEvals, cutDeltas, puboEvals,
                    puboDeltas);
        }
        out.println(millionTermMemory());
    }

    static String machine() {
        Runtime rt = Runtime.getRuntime();
        return String.format("# machine: %d cores, max heap %d MB, %s %s, %s %s", rt.availableProcessors(),
                rt.maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"),
                System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    // The two delta loops are written out separately on purpose: each call site stays monomorphic, so the JIT
    // inlines flipDelta as in a real search loop (a shared loop over a functional interface would not).
    private static double cutDeltaRate(Hypergraph g, boolean[] x) {
        CutState state = new CutState(g, x);
        int[] order = randomOrder(g.numVertices(), 1 << 16);
        double[] sink = new double[1];
        return rate(() -> {
            double s = 0;
            for (int v : order) {
                s += state.flipDelta(v);
            }
            sink[0] += s;
        }, order.length);
    }

    private static double polynomialDeltaRate(Polynomial p, boolean[] x) {
        PolynomialState state = new PolynomialState(p, x);
        int[] order = randomOrder(p.numVariables(), 1 << 16);
        double[] sink = new double[1];
        return rate(() -> {
            double s = 0;
            for (int v : order) {
                s += state.flipDelta(v);
            }
            sink[0] += s;
        }, order.length);
    }

    /** Operations per second of {@code body}, which performs {@code opsPerCall} operations. */
    private static double rate(Runnable body, int opsPerCall) {
        double best = 0;
        for (int round = 0; round < 4; round++) {
            long calls = 0;
            long start = System.nanoTime();
            long elapsed;
            do {
                body.run();
                calls++;
                elapsed = System.nanoTime() - start;
            } while (elapsed < MEASURE_NANOS);
            if (round > 0) {
                best = Math.max(best, calls * (double) opsPerCall / (elapsed / 1e9));
            }
        }
        return best;
    }

    private static String millionTermMemory() {
        System.gc();
        long before = usedHeap();
        int n = 100_000;
        Polynomial.Builder b = Polynomial.builder(n);
        SplittableRandom random = new SplittableRandom(3);
        for (int t = 0; t < 1_000_000; t++) {
            b.addTerm(1 + random.nextInt(9), Literal.positive(random.nextInt(n)),
                    Literal.negative(random.nextInt(n)), Literal.positive(random.nextInt(n)));
        }
        Polynomial p = b.build();
        b = null;
        System.gc();
        long after = usedHeap();
        String line = String.format("# 10^6 cubic terms over 10^5 variables: %d terms, heap retained %.1f MB",
                p.numTerms(), (after - before) / 1e6);
        return line;
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static boolean[] randomPoint(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] x = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextBoolean();
        }
        return x;
    }

    private static int[] randomOrder(int n, int length) {
        SplittableRandom random = new SplittableRandom(2);
        int[] order = new int[length];
        for (int i = 0; i < length; i++) {
            order[i] = random.nextInt(n);
        }
        return order;
    }
}
