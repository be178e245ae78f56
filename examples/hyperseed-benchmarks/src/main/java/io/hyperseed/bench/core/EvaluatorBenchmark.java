package io.hyperseed.bench.core;

import io.hyperseed.core.eval.CutState;
import io.hyperseed.core.eval.PolynomialState;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.io.InstanceFiles;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.PuboProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH throughput of the core evaluators on one thread, for one instance file: full evaluations per second of the
 * hypergraph cut ({@link Hypergraph#cutWeight}) and of the PUBO objective ({@link PuboProblem#objectiveValue}), and
 * single-flip deltas per second of {@link CutState} and {@link PolynomialState} at a fixed random point (seed 1)
 * over a fixed random sequence of {@value #FLIPS} variables (seed 2). A delta is {@code O(degree)}, an evaluation
 * {@code O(pins)} or {@code O(literals)}. The cut benchmarks need a max-cut instance.
 *
 * <p>The two delta loops are written out separately on purpose: each call site stays monomorphic, so the JIT inlines
 * {@code flipDelta} as in a real search loop (a shared loop over a functional interface would not).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EvaluatorBenchmark {

    /** Variables flipped per delta invocation. */
    public static final int FLIPS = 1 << 16;

    /** The instance file (absolute path), read through the core readers with format detection. */
    @Param("")
    public String file;

    private Hypergraph graph;
    private PuboProblem problem;
    private boolean[] point;
    private CutState cutState;
    private PolynomialState polynomialState;
    private int[] order;

    /** Reads the instance and builds the evaluators once per trial. */
    @Setup(Level.Trial)
    public void load() throws IOException {
        Instance instance = InstanceFiles.readSingle(Path.of(file), null);
        graph = instance.hypergraph();
        problem = instance.problem();
        point = randomPoint(problem.numVariables(), 1);
        cutState = graph == null ? null : new CutState(graph, point);
        polynomialState = new PolynomialState(problem.objective(), point);
        order = randomOrder(problem.numVariables(), FLIPS, 2);
    }

    /** One full cut evaluation. */
    @Benchmark
    public double cutEvaluation() {
        return graph.cutWeight(point);
    }

    /** {@value #FLIPS} cut flip deltas. */
    @Benchmark
    @OperationsPerInvocation(FLIPS)
    public double cutFlipDelta() {
        double sum = 0;
        for (int v : order) {
            sum += cutState.flipDelta(v);
        }
        return sum;
    }

    /** One full PUBO objective evaluation. */
    @Benchmark
    public double puboEvaluation() {
        return problem.objectiveValue(point);
    }

    /** {@value #FLIPS} PUBO flip deltas. */
    @Benchmark
    @OperationsPerInvocation(FLIPS)
    public double puboFlipDelta() {
        double sum = 0;
        for (int v : order) {
            sum += polynomialState.flipDelta(v);
        }
        return sum;
    }

    static boolean[] randomPoint(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] x = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextBoolean();
        }
        return x;
    }

    static int[] randomOrder(int n, int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] order = new int[length];
        for (int i = 0; i < length; i++) {
            order[i] = random.nextInt(n);
        }
        return order;
    }
}
