package io.hyperseed.bench.core;

import io.hyperseed.bench.DataOptions;
import io.hyperseed.bench.RunHeader;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.io.InstanceFiles;
import io.hyperseed.core.model.Literal;
import io.hyperseed.core.model.Polynomial;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.openjdk.jmh.results.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code hyperseed-benchmarks core}: the core evaluators' throughput ({@link EvaluatorBenchmark} under JMH) per
 * instance, one row each with the size, one cold parse in this JVM and the four rates; then the heap retained by a
 * polynomial of 10^6 cubic terms. Writes {@code docs/results/core-benchmark.txt}.
 */
@Command(name = "core", mixinStandardHelpOptions = true,
        description = "Core evaluator throughput (JMH): full evaluations and flip deltas per second, cut and PUBO.")
public final class EvaluatorCommand implements Callable<Integer> {

    /** The default instances, under the data folder. */
    static final List<String> DEFAULT_INSTANCES = List.of("gset/graphs/G14.txt", "gset/graphs/G22.txt",
            "gset/graphs/G55.txt", "gset/graphs/G70.txt", "hypop/synthetic_original/Hyp_8901_13058.txt");

    private static final String[] COLUMNS = {"cutEvaluation", "cutFlipDelta", "puboEvaluation", "puboFlipDelta"};

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Mixin
    private JmhOptions jmh;

    @Parameters(paramLabel = "INSTANCE", arity = "0..*",
            description = "Instance files, or paths under the data folder (default: G14, G22, G55, G70 and HypOp "
                    + "Hyp_8901_13058).")
    private List<String> instances = DEFAULT_INSTANCES;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = data.resolveAll(instances);
        RunHeader.print(out, "core", jmh.describe() + "; point seed 1, flip order seed 2; data " + data.folder());
        out.println("# figures: JMH mean per second (err%: the 99.9% half-width over the mean, worst of the row)");
        out.printf(Locale.ROOT, "%-22s %8s %8s %9s %12s %12s %12s %12s %6s%n", "instance", "n", "m", "parse_ms",
                "cut_evals/s", "cut_flipd/s", "pubo_evals/s", "pubo_flipd/s", "err%");
        for (Path file : files) {
            long start = System.nanoTime();
            Instance instance = InstanceFiles.readSingle(file, null);
            double parseMs = (System.nanoTime() - start) / 1e6;
            String include = EvaluatorBenchmark.class.getName() + (instance.isMaxCut() ? "\\." : "\\.pubo");
            Map<String, RunResult> byMethod = byMethod(jmh.run(include, file.toAbsolutePath().toString()));
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-22s %8d %8d %9.1f", instance.name(),
                    instance.problem().numVariables(), instance.isMaxCut() ? instance.hypergraph().numEdges()
                            : instance.problem().objective().numTerms(), parseMs));
            double worstError = 0;
            for (String column : COLUMNS) {
                RunResult result = byMethod.get(column);
                double score = result == null ? Double.NaN : result.getPrimaryResult().getScore();
                if (result != null) {
                    worstError = Math.max(worstError, relativeError(result));
                }
                row.append(String.format(Locale.ROOT, " %12.3g", score));
            }
            out.println(row.append(String.format(Locale.ROOT, " %6.1f", 100 * worstError)));
        }
        out.println(millionTermMemory());
        out.flush();
        return 0;
    }

    /** The results by benchmark method name. */
    static Map<String, RunResult> byMethod(Collection<RunResult> results) {
        Map<String, RunResult> map = new HashMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            map.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), result);
        }
        return map;
    }

    /** The JMH error (99.9% half-width) over the score; NaN-safe (one iteration has no error). */
    static double relativeError(RunResult result) {
        double error = result.getPrimaryResult().getScoreError();
        double score = result.getPrimaryResult().getScore();
        return Double.isFinite(error) && score != 0 ? Math.abs(error / score) : 0.0;
    }

    /** Heap retained by 10^6 random cubic terms over 10^5 variables (seed 3), measured after GC. */
    static String millionTermMemory() {
        System.gc();
        long before = usedHeap();
        int n = 100_000;
        Polynomial.Builder builder = Polynomial.builder(n);
        SplittableRandom random = new SplittableRandom(3);
        for (int t = 0; t < 1_000_000; t++) {
            builder.addTerm(1 + random.nextInt(9), Literal.positive(random.nextInt(n)),
                    Literal.negative(random.nextInt(n)), Literal.positive(random.nextInt(n)));
        }
        Polynomial polynomial = builder.build();
        builder = null;
        System.gc();
        long after = usedHeap();
        return String.format(Locale.ROOT, "# 10^6 cubic terms over 10^5 variables: %d terms, heap retained %.1f MB",
                polynomial.numTerms(), (after - before) / 1e6);
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
