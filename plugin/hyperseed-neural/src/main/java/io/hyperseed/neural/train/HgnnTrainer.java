package io.hyperseed.neural.train;

import ai.djl.Device;
import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.seed.SeedProgress;
import io.hyperseed.core.seed.SeedingContext;
import io.hyperseed.neural.NeuralConfig;
import io.hyperseed.neural.round.Rounding;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * Trains an {@link io.hyperseed.neural.model.HgnnNetwork} on one problem, unsupervised, on the
 * {@link io.hyperseed.neural.loss.RelaxedLoss} (BIPNN), and rounds.
 *
 * <p>Each epoch is a {@link TrainingStep}: forward and backward in a fresh manager, global-norm gradient clipping,
 * one AdamW step (decoupled weight decay).
 * The annealing and penalty weights follow their schedules over the horizon (the maximum number of epochs,
 * shortened once at epoch 40, from the epoch time measured after 10 warm-up epochs, when the time limit
 * would cut training first). Every {@code evaluateEvery}
 * epochs the 0.5-threshold rounding is evaluated with the core evaluator (feasibility first) and the best is
 * kept with its outputs and parameters; a progress event goes to the context. Training stops at the maximum
 * epochs, the time limit, the caller's stop signal (checked before every epoch but the first, so that there is
 * always a trained result), or {@link EarlyStopping}. A
 * non-finite loss or gradient restores the best parameters with a 10x lower learning rate (at most 3 times,
 * then training stops with the best so far). Finally the best of the threshold rounding and {@code samples}
 * Bernoulli samples is repaired and improved by one-flip local search.
 *
 * <p>Restarts ({@link NeuralConfig#restarts()}): up to that many such trainings run one after another, restart
 * {@code k} with fresh weights and input features drawn from the seed {@link #restartSeed(long, int)} (restart 0
 * uses the run's seed, so one restart is exactly a single training). All share the one time limit and stop
 * signal: a restart starts only while neither has fired, and the time limit cuts the last one as usual (its
 * horizon is shortened to the time left). The best final solution wins (feasibility first, then objective,
 * {@link PuboProblem#compare}; the earlier restart on ties). Progress events continue across restarts: their
 * epoch counts all epochs so far, their elapsed time starts with the first restart and their rounded objective
 * is the best so far over the restarts.
 *
 * <p>Deterministic on CPU for a given random seed as long as the time limit does not bind. Cost per epoch: one
 * network forward/backward plus {@code O(L)} for the loss. Only one training may run per JVM at a time (see
 * {@link TrainingLock}; the caller holds it).
 */
public final class HgnnTrainer {

    private static final int WARM_UP_EPOCHS = 10;
    private static final int HORIZON_PROBE_EPOCH = 40;
    private static final int MAX_RECOVERIES = 3;

    /** The odd stride between restart seeds (64-bit golden ratio): restarts of one run never share a seed. */
    public static final long RESTART_SEED_STRIDE = 0x9E3779B97F4A7C15L;

    private final NeuralConfig config;
    private final Device device;
    private final AnnealingSchedule annealing;
    private final PenaltySchedule penalty;
    private final EarlyStopping earlyStopping;

    /** A trainer with the schedules of {@code config}. */
    public HgnnTrainer(NeuralConfig config, Device device) {
        this(config, device, AnnealingSchedule.linear(config.annealingStart(), config.annealingEnd()),
                PenaltySchedule.geometric(config.penaltyStart(), config.penaltyGrowth()),
                new EarlyStopping(config.patience(), 0.01));
    }

    /** A trainer with explicit schedules. */
    public HgnnTrainer(NeuralConfig config, Device device, AnnealingSchedule annealing, PenaltySchedule penalty,
            EarlyStopping earlyStopping) {
        this.config = Objects.requireNonNull(config, "config");
        this.device = Objects.requireNonNull(device, "device");
        this.annealing = Objects.requireNonNull(annealing, "annealing");
        this.penalty = Objects.requireNonNull(penalty, "penalty");
        this.earlyStopping = Objects.requireNonNull(earlyStopping, "earlyStopping");
    }

    /** The random seed of restart {@code k} (0-based) of a run with seed {@code seed}: {@code seed + k * stride}. */
    public static long restartSeed(long seed, int k) {
        return seed + k * RESTART_SEED_STRIDE;
    }

    /**
     * Trains on {@code problem}, with up to {@link NeuralConfig#restarts()} independent restarts; the caller must
     * hold the {@link TrainingLock}.
     */
    public TrainingResult train(PuboProblem problem, SeedingContext context) {
        long start = System.nanoTime();
        long deadline = start + config.timeLimit().toNanos();
        TrainingResult best = null;
        int bestRestart = 0;
        int ran = 0;
        int epochs = 0;
        int recoveries = 0;
        StopReason reason = StopReason.MAX_EPOCHS;
        for (int k = 0; k < config.restarts(); k++) {
            if (k > 0) {
                if (context.shouldStop()) {
                    reason = StopReason.STOPPED;
                    break;
                }
                if (System.nanoTime() >= deadline) {
                    reason = StopReason.TIME_LIMIT;
                    break;
                }
            }
            TrainingResult r = new Run(problem, context, restartSeed(context.randomSeed(), k), start, deadline,
                    epochs, best == null ? null : best.solution()).execute();
            ran++;
            epochs += r.epochs();
            recoveries += r.recoveries();
            reason = r.stopReason();
            if (best == null || r.solution().isBetterThan(best.solution(), problem)) {
                best = r;
                bestRestart = k;
            }
        }
        return new TrainingResult(best.relaxed(), best.thresholdRounded(), best.solution(), epochs,
                Duration.ofNanos(System.nanoTime() - start), best.finalLoss(), reason, recoveries, ran, bestRestart);
    }

    /** The state of one training run (one restart). */
    private final class Run {
        private final PuboProblem problem;
        private final SeedingContext context;
        private final long start;
        private final long deadline;
        private final int epochOffset;
        private final Solution earlierBest;
        private final Random random;
        private Solution best;
        private float[] bestX;
        private float[][] bestParameters;
        private float[] lastX;
        private boolean[] lastRounding;
        private int lastImprovement;
        private int recoveries;
        private double finalLoss = Double.NaN;
        private int epochsRun;
        private StopReason reason = StopReason.MAX_EPOCHS;
        private long warmedUp;

        /**
         * A run seeded with {@code seed}; {@code start} and {@code deadline} are those of all restarts together,
         * {@code epochOffset} the epochs of earlier restarts and {@code earlierBest} their best final solution
         * (null for the first), both for progress events only.
         */
        Run(PuboProblem problem, SeedingContext context, long seed, long start, long deadline, int epochOffset,
                Solution earlierBest) {
            this.problem = problem;
            this.context = context;
            this.start = start;
            this.deadline = deadline;
            this.epochOffset = epochOffset;
            this.earlierBest = earlierBest;
            this.random = new Random(seed);
        }

        private boolean stopRequested() {
            if (context.shouldStop()) {
                reason = StopReason.STOPPED;
                return true;
            }
            if (System.nanoTime() >= deadline) {
                reason = StopReason.TIME_LIMIT;
                return true;
            }
            return false;
        }

        TrainingResult execute() {
            try (TrainingStep step = new TrainingStep(problem, config, device, random)) {
                loop(step);
            }
            return finish();
        }

        private void loop(TrainingStep step) {
            int horizon = config.epochs();
            for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                if (epoch > 1 && stopRequested()) {
                    return;
                }
                double progress = horizon <= 1 ? 1.0 : (epoch - 1) / (double) (horizon - 1);
                double a = annealing.weight(progress);
                double lambda = penalty.weight(progress);
                boolean evaluate = epoch % config.evaluateEvery() == 0 || epoch == 1 || epoch == config.epochs();
                TrainingStep.Output output = step.forwardBackward(a, lambda, evaluate);
                epochsRun = epoch;
                if (!Float.isFinite(output.loss()) || !step.applyGradients(config.clipNorm())) {
                    if (bestParameters == null || recoveries >= MAX_RECOVERIES) {
                        reason = StopReason.NUMERICAL;
                        return;
                    }
                    recoveries++;
                    step.restore(bestParameters);
                    continue;
                }
                finalLoss = output.loss();
                if (evaluate) {
                    float[] x = output.outputs() != null ? output.outputs() : step.infer();
                    if (evaluate(epoch, x, step, output.loss(), a)) {
                        reason = StopReason.CONVERGED;
                        return;
                    }
                }
                if (epoch == WARM_UP_EPOCHS) {
                    warmedUp = System.nanoTime();
                }
                if (epoch == HORIZON_PROBE_EPOCH && warmedUp != 0) {
                    horizon = adaptHorizon(epoch, horizon);
                }
            }
            reason = StopReason.MAX_EPOCHS;
        }

        /** Tracks the best rounding and reports progress; true when early stopping says stop. */
        private boolean evaluate(int epoch, float[] x, TrainingStep step, float lossValue, double a) {
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
            lastX = x;
            double undecided = Rounding.undecidedShare(x);
            Solution shown = earlierBest != null && earlierBest.isBetterThan(best, problem) ? earlierBest : best;
            context.progress().accept(new SeedProgress(epochOffset + epoch, lossValue, a, shown.objective(),
                    shown.violation(), undecided, elapsed()));
            return earlyStopping.shouldStop(epoch, lastImprovement, undecided, changed);
        }

        private int adaptHorizon(int epoch, int horizon) {
            long now = System.nanoTime();
            double perEpoch = (now - warmedUp) / (double) (epoch - WARM_UP_EPOCHS);
            double remainingEpochs = (deadline - now) / perEpoch;
            if (epoch + remainingEpochs < horizon) {
                return Math.max(epoch + 1, (int) (epoch + 0.9 * remainingEpochs));
            }
            return horizon;
        }

        private Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - start);
        }

        private TrainingResult finish() {
            int n = problem.numVariables();
            if (best == null) {
                bestX = new float[n];
                Arrays.fill(bestX, 0.5f);
                best = Solution.evaluate(problem, Rounding.threshold(bestX));
            }
            Solution sampled = Rounding.bestOf(problem, bestX, config.samples(), random);
            if (lastX != null && lastX != bestX) {
                Solution last = Rounding.bestOf(problem, lastX, 0, random);
                if (last.isBetterThan(sampled, problem)) {
                    sampled = last;
                }
            }
            BooleanSupplier stop = context::shouldStop;
            Solution repaired = Rounding.repair(problem, sampled, stop);
            return new TrainingResult(bestX, best, repaired, epochsRun, elapsed(), finalLoss, reason, recoveries);
        }
    }
}
