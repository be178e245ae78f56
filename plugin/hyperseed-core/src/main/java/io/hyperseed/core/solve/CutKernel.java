package io.hyperseed.core.solve;

import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.problem.MaxCut;
import io.hyperseed.core.reduce.CutReducer;
import io.hyperseed.core.reduce.CutReduction;
import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.seed.SeedProgress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * A max-cut instance as the solver adapters run it: its exact kernel ({@link CutReducer}) and the way back. The
 * solver works on {@link #solved()}; every objective it reports is shifted by the reduction's offset and every
 * assignment lifted, so callers only ever see values of the original instance. Instances that are not max-cut, or
 * whose reduction removes nothing, run as they are (identity mapping). Reduction: near-linear in the instance size.
 */
public final class CutKernel {

    private final Instance original;
    private final Instance solved;
    private final CutReduction reduction;

    private CutKernel(Instance original, Instance solved, CutReduction reduction) {
        this.original = original;
        this.solved = solved;
        this.reduction = reduction;
    }

    /** The kernel of {@code instance} when {@code reduce} is set and it is a max-cut instance, else the identity. */
    public static CutKernel of(Instance instance, boolean reduce) {
        return of(instance, reduce, () -> false);
    }

    /**
     * As {@link #of(Instance, boolean)}, but the identity when {@code stop} says so before the kernel is complete
     * (checked during the reduction and once before the kernel's PUBO is built): on a large instance with a short
     * budget the solver then runs on the instance as given instead of waiting for its kernel.
     */
    public static CutKernel of(Instance instance, boolean reduce, BooleanSupplier stop) {
        return of(instance, reduce, stop, null);
    }

    /**
     * As {@link #of(Instance, boolean, BooleanSupplier)}, and also the identity as soon as the reduction projects
     * that it and the kernel's PUBO will not be done within {@code timeLeft} (null: no limit; see
     * {@link CutReducer#reduce(io.hyperseed.core.model.Hypergraph, BooleanSupplier, Duration)}).
     */
    public static CutKernel of(Instance instance, boolean reduce, BooleanSupplier stop, Duration timeLeft) {
        Objects.requireNonNull(instance, "instance");
        if (!reduce || !instance.isMaxCut()) {
            return new CutKernel(instance, instance, null);
        }
        CutReduction reduction = CutReducer.reduce(instance.hypergraph(), stop, timeLeft);
        if (reduction == null || stop.getAsBoolean()) {
            return new CutKernel(instance, instance, null);
        }
        if (reduction.offset() == 0.0
                && reduction.kernel().numVertices() == instance.hypergraph().numVertices()
                && reduction.kernel().numEdges() == instance.hypergraph().numEdges()
                && reduction.kernel().numPins() == instance.hypergraph().numPins()) {
            return new CutKernel(instance, instance, null);
        }
        String name = instance.name();
        Instance kernel = new Instance(
                name,
                instance.source(),
                instance.format(),
                MaxCut.compact(reduction.kernel(), name),
                reduction.kernel());
        return new CutKernel(instance, kernel, reduction);
    }

    /** The instance the solver runs on. */
    public Instance solved() {
        return solved;
    }

    /** The instance the user gave. */
    public Instance original() {
        return original;
    }

    /** True when the solver runs on a smaller kernel. */
    public boolean isReduced() {
        return reduction != null;
    }

    /** What the reduction removed, or {@code "none"}. */
    public String summary() {
        return reduction == null ? "none" : reduction.summary();
    }

    /** The constant the removed part adds to every kernel objective (0 without reduction). */
    public double offset() {
        return reduction == null ? 0.0 : reduction.offset();
    }

    /** An assignment of the solved instance as an assignment of the original one. {@code O(n)}. */
    public boolean[] lift(boolean[] solvedValues) {
        return reduction == null ? solvedValues.clone() : reduction.lift(solvedValues);
    }

    /** An assignment of the original instance restricted to the solved instance. {@code O(n)}. */
    public boolean[] restrict(boolean[] originalValues) {
        return reduction == null ? originalValues.clone() : reduction.restrict(originalValues);
    }

    /** A solution of the solved instance, lifted and re-evaluated on the original instance. */
    public Solution lift(Solution solved) {
        return Solution.evaluate(original.problem(), lift(solved.values()));
    }

    /** A seed of the solved instance as a seed of the original instance (null stays null). */
    public Seed lift(Seed seed) {
        return seed == null || reduction == null
                ? seed
                : new Seed(lift(seed.solution()), seed.producer(), seed.elapsed(), seed.details());
    }

    /**
     * The result of a solve whose best assignment of {@link #solved()} is {@code solvedValues}: the assignment
     * lifted and evaluated once, on the original instance, the seed and progress points lifted, and the total time
     * counted from {@code startNanos} ({@link System#nanoTime()} when the solve's clock started) to when the result
     * is complete, so that it includes this final evaluation. {@code O(pins)}.
     */
    public SolveResult result(
            String framework,
            String config,
            boolean[] solvedValues,
            Seed seed,
            Duration seedTime,
            long startNanos,
            List<ProgressPoint> bestOverTime,
            long moveEvaluationSpeed) {
        Solution solution = Solution.evaluate(original.problem(), lift(solvedValues));
        List<ProgressPoint> points = reduction == null
                ? bestOverTime
                : bestOverTime.stream().map(this::lift).toList();
        return new SolveResult(
                framework,
                config,
                solution,
                lift(seed),
                seedTime,
                Duration.ofNanos(System.nanoTime() - startNanos),
                points,
                moveEvaluationSpeed);
    }

    /**
     * {@code listener}, fed with objectives of the original instance: best-solution points are shifted by the
     * offset, and so are the rounded objectives of training progress.
     */
    public SolveListener lift(SolveListener listener) {
        if (reduction == null) {
            return listener;
        }
        return new SolveListener() {
            @Override
            public void onSeedProgress(SeedProgress progress) {
                listener.onSeedProgress(progress.withRoundedObjective(progress.roundedObjective() + offset()));
            }

            @Override
            public void onNewBest(ProgressPoint point) {
                listener.onNewBest(lift(point));
            }
        };
    }

    /** A progress point of the solved instance with the original instance's objective. */
    public ProgressPoint lift(ProgressPoint point) {
        return reduction == null
                ? point
                : new ProgressPoint(point.elapsed(), point.objective() + offset(), point.violation(), point.phase());
    }
}
