package io.hyperseed.neural.train;

import ai.djl.Device;
import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.seed.SeedProgress;
import io.hyperseed.core.seed.SeedingContext;
import io.hyperseed.neural.NeuralConfig;
import io.hyperseed.neural.round.Rounding;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * Trains a {@link io.hyperseed.neural.model.HypergraphNetwork} on one problem, unsupervised, on the
 * {@link io.hyperseed.neural.loss.RelaxedLoss} (BIPNN), and rounds, within a {@link TimeBudget}.
 *
 * <p>Each epoch is a {@link TrainingStep}: forward and backward in a fresh manager, global-norm gradient clipping,
 * one AdamW step (decoupled weight decay). The annealing and penalty weights follow their schedules over the
 * horizon, which {@link HorizonFit} refits before every epoch to the time left (from the epoch costs measured so
 * far, {@link CostEstimate}), so the schedule completes within the budget; when the time does not bind the horizon
 * is the maximum number of epochs.
 *
 * <p>Time: the clock is checked before every step that can take long. An epoch starts only when its estimated
 * cost (before the first: half the setup's measured time) plus a reserve for the final evaluation and rounding fits in
 * the time left; the 0.5-threshold rounding is evaluated every {@code evaluateEvery} epochs, at epoch 1, in every
 * epoch past the fitted horizon, and always at the stop (the latest outputs, so no trained epoch is lost); the
 * Bernoulli samples drawn at the end are as many as the measured evaluation cost lets fit (at most
 * {@code samples}); the one-flip repair stops at the deadline. Setup itself cannot be interrupted: its size is
 * bounded by {@link io.hyperseed.neural.model.NetworkSizing}.
 *
 * <p>Stops: the maximum epochs, the time limit, the caller's stop signal, {@link EarlyStopping} (converged) or
 * {@link PlateauStopping} (no improvement). A non-finite loss or gradient restores the best parameters with a 10x
 * lower learning rate (at most 3 times, then training stops with the best so far, {@link StopReason#NUMERICAL}).
 * When no finite output was ever evaluated (or no epoch fit in the time) a {@link TrainingFailedException} says
 * so, so that the caller uses the greedy construction instead of rounding an untrained network.
 *
 * <p>Warm start ({@link SeedingContext#startValues()}): the first restart first fits the network to the given values
 * (cross-entropy, at most {@value #WARM_START_EPOCHS} epochs, until the outputs round to them), then trains on the
 * PUBO loss without the annealing's exploration phase (weights below 0 are raised to 0); later restarts start from
 * scratch.
 *
 * <p>Restarts ({@link NeuralConfig#restarts()}): up to that many trainings run one after another in the one
 * budget, restart {@code k} with fresh weights and features drawn from {@link #restartSeed(long, int)} (restart 0
 * uses the run's seed); a restart starts only when the previous one's setup and two epochs fit in the time left.
 * The best final solution wins (feasibility first, then objective; the earlier restart on ties). Progress events
 * count epochs over all restarts and show the best so far.
 *
 * <p>Deterministic on CPU for a given random seed as long as the time limit does not bind. Cost per epoch: one
 * network forward/backward plus {@code O(L)} for the loss. Only one training may run per JVM at a time (see
 * {@link TrainingLock}; the caller holds it).
 */
public final class HgnnTrainer {

    private static final int MAX_RECOVERIES = 3;
    /** The most epochs a warm start spends fitting the network to the start values. */
    public static final int WARM_START_EPOCHS = 200;
    /** The share of outputs that may stay undecided for {@link EarlyStopping} to call them converged. */
    private static final double CONVERGED_UNDECIDED_SHARE = 0.01;

    /** The odd stride between restart seeds (64-bit golden ratio): restarts of one run never share a seed. */
    public static final long RESTART_SEED_STRIDE = 0x9E3779B97F4A7C15L;

    private final NeuralConfig config;
    private final Device device;
    private final AnnealingSchedule annealing;
    private final PenaltySchedule penalty;
    private final EarlyStopping earlyStopping;
    private final PlateauStopping plateau;

    /** A trainer with the schedules and stopping rules of {@code config}. */
    public HgnnTrainer(NeuralConfig config, Device device) {
        this(
                config,
                device,
                AnnealingSchedule.linear(config.annealingStart(), config.annealingEnd()),
                PenaltySchedule.geometric(config.penaltyStart(), config.penaltyGrowth()),
                new EarlyStopping(config.patience(), CONVERGED_UNDECIDED_SHARE),
                PlateauStopping.DEFAULT);
    }

    /** A trainer with explicit schedules and stopping rules. */
    public HgnnTrainer(
            NeuralConfig config,
            Device device,
            AnnealingSchedule annealing,
            PenaltySchedule penalty,
            EarlyStopping earlyStopping,
            PlateauStopping plateau) {
        this.config = Objects.requireNonNull(config, "config");
        this.device = Objects.requireNonNull(device, "device");
        this.annealing = Objects.requireNonNull(annealing, "annealing");
        this.penalty = Objects.requireNonNull(penalty, "penalty");
        this.earlyStopping = Objects.requireNonNull(earlyStopping, "earlyStopping");
        this.plateau = Objects.requireNonNull(plateau, "plateau");
    }

    /** The random seed of restart {@code k} (0-based) of a run with seed {@code seed}: {@code seed + k * stride}. */
    public static long restartSeed(long seed, int k) {
        return seed + k * RESTART_SEED_STRIDE;
    }

    /** Trains within {@link NeuralConfig#timeLimit()} from now and the context's stop signal. */
    public TrainingResult train(PuboProblem problem, SeedingContext context) throws TrainingFailedException {
        return train(problem, context, TimeBudget.startingNow(config.timeLimit(), context::shouldStop));
    }

    /**
     * Trains on {@code problem} within {@code budget}, with up to {@link NeuralConfig#restarts()} restarts; the
     * caller must hold the {@link TrainingLock}.
     *
     * @throws TrainingFailedException when no restart produced a finite, evaluated output
     */
    public TrainingResult train(PuboProblem problem, SeedingContext context, TimeBudget budget)
            throws TrainingFailedException {
        TrainingResult best = null;
        TrainingFailedException failure = null;
        int bestRestart = 0;
        int ran = 0;
        int epochs = 0;
        int recoveries = 0;
        long previousRunCost = 0;
        StopReason reason = StopReason.MAX_EPOCHS;
        for (int k = 0; k < config.restarts(); k++) {
            if (k > 0) {
                if (budget.stopRequested()) {
                    reason = StopReason.STOPPED;
                    break;
                }
                if (!budget.allows(previousRunCost)) {
                    reason = StopReason.TIME_LIMIT;
                    break;
                }
            }
            Run run = new Run(
                    problem,
                    context,
                    budget,
                    restartSeed(context.randomSeed(), k),
                    epochs,
                    best == null ? null : best.solution(),
                    k == 0 ? context.startValues() : null);
            TrainingResult r;
            try {
                r = run.execute();
            } catch (TrainingFailedException e) {
                failure = e;
                ran++;
                epochs += run.epochsRun;
                break;
            }
            previousRunCost = run.setupNanos + 2 * run.epochCost.estimate();
            ran++;
            epochs += r.epochs();
            recoveries += r.recoveries();
            reason = r.stopReason();
            if (best == null || r.solution().isBetterThan(best.solution(), problem)) {
                best = r;
                bestRestart = k;
            }
        }
        if (best == null) {
            throw failure;
        }
        return new TrainingResult(
                best.relaxed(),
                best.thresholdRounded(),
                best.solution(),
                epochs,
                Duration.ofNanos(budget.elapsedNanos()),
                best.finalLoss(),
                reason,
                recoveries,
                ran,
                bestRestart);
    }

    /** The state of one training run (one restart). */
    private final class Run {
        private final PuboProblem problem;
        private final SeedingContext context;
        private final TimeBudget budget;
        private final int epochOffset;
        private final Solution earlierBest;
        private final float[] start;
        private final Random random;
        private final CostEstimate evaluationCost = new CostEstimate(0);
        private CostEstimate epochCost = new CostEstimate(0);
        private TrainingStep step;
        private HorizonFit fit;
        private long setupNanos;
        private Solution best;
        private float[] bestX;
        private float[][] bestParameters;
        private float[] lastX;
        private int lastXEpoch;
        private int lastEvaluatedEpoch;
        private int lastReportedEpoch;
        private boolean[] lastRounding;
        private int lastImprovement;
        private int recoveries;
        private double finalLoss = Double.NaN;
        private int epochsRun;
        private StopReason reason = StopReason.MAX_EPOCHS;

        /**
         * A run seeded with {@code seed}; {@code epochOffset} are the epochs of earlier restarts and
         * {@code earlierBest} their best final solution (null for the first), both for progress events only;
         * {@code start} the warm start's values (null: from scratch).
         */
        Run(
                PuboProblem problem,
                SeedingContext context,
                TimeBudget budget,
                long seed,
                int epochOffset,
                Solution earlierBest,
                float[] start) {
            if (start != null && start.length != problem.numVariables()) {
                throw new IllegalArgumentException("The warm start has " + start.length + " values for "
                        + problem.numVariables() + " variables of " + problem + ". Maybe restrict them to the "
                        + "variables of the problem that is trained?");
            }
            this.start = start;
            this.problem = problem;
            this.context = context;
            this.budget = budget;
            this.epochOffset = epochOffset;
            this.earlierBest = earlierBest;
            this.random = new Random(seed);
        }

        TrainingResult execute() throws TrainingFailedException {
            long setupStart = System.nanoTime();
            try (TrainingStep opened = new TrainingStep(problem, config, device, random)) {
                step = opened;
                setupNanos = System.nanoTime() - setupStart;
                // before the first epoch its cost is unknown; the setup (building the hypergraph and the term
                // layout on the host, uploads, the feature precompute) does at least as much work as an epoch's
                // forward and backward, so half of it serves as the prior
                epochCost = new CostEstimate(setupNanos / 2);
                fit = new HorizonFit(config.epochs(), HorizonFit.DEFAULT_FILL);
                if (start != null) {
                    fitStart();
                }
                loop();
                evaluateAtStop();
            } finally {
                step = null;
            }
            return finish();
        }

        /**
         * Time kept back for the final inference (once an epoch has run), evaluation, one sample and one repair
         * sweep.
         */
        private long finishReserve() {
            return (epochsRun > 0 ? epochCost.estimate() / 2 : 0) + 3 * evaluationCost.estimate();
        }

        /**
         * Warm start: fits the network to the start values by cross-entropy
         * ({@link TrainingStep#forwardBackwardFit}) until its outputs round to every known start value, at most
         * {@link #WARM_START_EPOCHS} epochs; these epochs count against the budget like any other. The PUBO training
         * then continues from there, without the annealing's exploration phase (see {@link #annealingWeight}).
         */
        private void fitStart() {
            for (int e = 1; e <= WARM_START_EPOCHS; e++) {
                if (budget.stopRequested() || !budget.allows(epochCost.estimate() + finishReserve())) {
                    return;
                }
                long epochStart = System.nanoTime();
                TrainingStep.Output output = step.forwardBackwardFit(start);
                boolean finite = Float.isFinite(output.loss()) && step.applyGradients(config.clipNorm());
                epochCost.record(System.nanoTime() - epochStart);
                if (!finite || (output.outputs() != null && roundsToStart(output.outputs()))) {
                    return;
                }
            }
        }

        private boolean roundsToStart(float[] x) {
            for (int i = 0; i < x.length; i++) {
                if (start[i] != 0.5f && (x[i] >= 0.5f) != (start[i] == 1f)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The annealing weight at progress {@code t}; after a warm start never negative, so the fitted values are
         * not pulled back to undecided.
         */
        private double annealingWeight(double t) {
            double a = annealing.weight(t);
            return start != null ? Math.max(0.0, a) : a;
        }

        private void loop() {
            for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                if (budget.stopRequested()) {
                    reason = StopReason.STOPPED;
                    return;
                }
                long reserve = finishReserve();
                if (!budget.allows(epochCost.estimate() + reserve)) {
                    reason = StopReason.TIME_LIMIT;
                    return;
                }
                if (epochCost.count() >= 2) {
                    fit.refit(epoch - 1, budget.remainingNanos() - reserve, epochCost.estimate());
                }
                double t = fit.progress(epoch);
                double a = annealingWeight(t);
                double lambda = penalty.weight(t);
                long epochStart = System.nanoTime();
                TrainingStep.Output output = step.forwardBackward(a, lambda, true);
                epochsRun = epoch;
                if (!Float.isFinite(output.loss()) || !step.applyGradients(config.clipNorm())) {
                    epochCost.record(System.nanoTime() - epochStart);
                    if (bestParameters == null || recoveries >= MAX_RECOVERIES) {
                        reason = StopReason.NUMERICAL;
                        return;
                    }
                    recoveries++;
                    step.restore(bestParameters);
                    lastX = null;
                    continue;
                }
                epochCost.record(System.nanoTime() - epochStart);
                finalLoss = output.loss();
                lastX = output.outputs();
                lastXEpoch = epoch;
                boolean evaluate = epoch % config.evaluateEvery() == 0
                        || epoch == 1
                        || epoch >= fit.horizon()
                        || epoch == config.epochs();
                if (evaluate) {
                    float[] x = lastX != null ? lastX : step.infer();
                    StopReason stop = evaluate(epoch, x, output.loss(), a, t);
                    if (stop != null) {
                        reason = stop;
                        return;
                    }
                }
            }
            reason = StopReason.MAX_EPOCHS;
        }

        /**
         * Evaluates at the stop, so that no trained epoch is lost: the latest parameters by an inference forward
         * when it fits in the time left, else the last epoch's outputs if they were not evaluated yet. Not after a
         * numerical failure (the latest parameters are not finite) or a stopping rule (just evaluated).
         */
        private void evaluateAtStop() {
            if (epochsRun == 0
                    || reason == StopReason.NUMERICAL
                    || reason == StopReason.CONVERGED
                    || reason == StopReason.PLATEAU) {
                return;
            }
            float[] x;
            if (budget.allows(epochCost.estimate() / 2 + evaluationCost.estimate())) {
                x = step.infer();
            } else if (lastX != null && lastEvaluatedEpoch < lastXEpoch) {
                x = lastX;
            } else {
                return;
            }
            evaluate(epochsRun, x, finalLoss, annealingWeight(fit.progress(epochsRun)), 1.0);
            lastX = x;
        }

        /** Tracks the best rounding and reports progress; the reason to stop when a stopping rule says so. */
        private StopReason evaluate(int epoch, float[] x, double lossValue, double a, double progress) {
            long start = System.nanoTime();
            boolean[] rounding = Rounding.threshold(x);
            Solution candidate = Solution.evaluate(problem, rounding);
            if (best == null || candidate.isBetterThan(best, problem)) {
                best = candidate;
                bestX = x;
                bestParameters = step.network().snapshot();
                lastImprovement = epoch;
            }
            int changed = 0;
            if (lastRounding != null) {
                for (int i = 0; i < rounding.length; i++) {
                    if (rounding[i] != lastRounding[i]) {
                        changed++;
                    }
                }
            } else {
                changed = rounding.length;
            }
            lastRounding = rounding;
            lastEvaluatedEpoch = Math.max(lastEvaluatedEpoch, epoch);
            double undecided = Rounding.undecidedShare(x);
            if (epoch > lastReportedEpoch) {
                // one event per epoch: the evaluation at the stop after the last epoch's own one is not repeated
                lastReportedEpoch = epoch;
                Solution shown = earlierBest != null && earlierBest.isBetterThan(best, problem) ? earlierBest : best;
                context.progress()
                        .accept(new SeedProgress(
                                epochOffset + epoch,
                                lossValue,
                                a,
                                shown.objective(),
                                shown.violation(),
                                undecided,
                                Duration.ofNanos(budget.elapsedNanos())));
            }
            evaluationCost.record(System.nanoTime() - start);
            if (earlyStopping.shouldStop(epoch, lastImprovement, undecided, changed)) {
                return StopReason.CONVERGED;
            }
            return plateau.shouldStop(epoch, lastImprovement, progress) ? StopReason.PLATEAU : null;
        }

        private TrainingResult finish() throws TrainingFailedException {
            if (best == null) {
                throw new TrainingFailedException(
                        reason,
                        switch (reason) {
                            case NUMERICAL ->
                                "The loss was not finite from the first epoch on, so the network has no "
                                        + "output to round. Maybe lower learningRate (" + config.learningRate()
                                        + ") or check the problem's coefficients for huge values?";
                            case STOPPED -> "The solver stopped the seeding before the first epoch ended.";
                            default ->
                                "Not even one epoch fit in the time limit after setup (setup took "
                                        + setupNanos / 1_000_000
                                        + " ms). Maybe give the neural phase more time or set a "
                                        + "smaller memoryLimit (narrower network)?";
                        });
            }
            long evaluation = Math.max(1L, evaluationCost.estimate());
            // keep one evaluation for the last outputs and about two for the repair's sweeps
            long spare = budget.remainingNanos() - 3 * evaluation;
            int samples = (int) Math.max(0L, Math.min(config.samples(), spare / evaluation));
            Solution sampled = Rounding.bestOf(problem, bestX, samples, random);
            if (lastX != null && lastX != bestX && budget.allows(evaluation)) {
                Solution last = Rounding.bestOf(problem, lastX, 0, random);
                if (last.isBetterThan(sampled, problem)) {
                    sampled = last;
                }
            }
            Solution repaired = Rounding.repair(problem, sampled, budget.asStopSignal());
            return new TrainingResult(
                    bestX,
                    best,
                    repaired,
                    epochsRun,
                    Duration.ofNanos(budget.elapsedNanos()),
                    finalLoss,
                    reason,
                    recoveries);
        }
    }
}
