package io.hyperseed.graphap.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.hyperseed.graphap.model.GraphBatch;
import io.hyperseed.graphap.model.GraphBatchBuilder;
import io.hyperseed.graphap.model.GraphClassifier;
import io.hyperseed.graphap.model.GraphSample;
import io.hyperseed.graphap.model.ModelKind;
import io.hyperseed.graphap.model.ModelShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Trains one fresh model on one fold: shuffled mini-batches (one {@link NDManager} per step, closed after it), softmax
 * cross-entropy, DJL's Adam; after every epoch the validation and test sets are scored, and the test accuracy of the
 * best-validation epoch is reported. DJL's gradient collector is JVM-wide, so trainings are serialised by a lock.
 * Time O(epochs (train + val + test) forward/backward passes).
 */
public final class FoldTrainer {

    private static final ReentrantLock GRADIENT_LOCK = new ReentrantLock();

    private final GraphBatchBuilder batches;
    private final ModelShape shape;
    private final TrainingSettings settings;

    /**
     * @param batches batch builder of the data set
     * @param shape model widths
     * @param settings training settings
     */
    public FoldTrainer(GraphBatchBuilder batches, ModelShape shape, TrainingSettings settings) {
        this.batches = batches;
        this.shape = shape;
        this.settings = settings;
    }

    /**
     * @param kind model to train
     * @param train training graphs
     * @param validation validation graphs (model selection)
     * @param test test graphs (reported)
     * @param progress receives one line per 10 epochs
     * @return the outcome
     */
    public FoldOutcome train(ModelKind kind, List<GraphSample> train, List<GraphSample> validation,
            List<GraphSample> test, Consumer<String> progress) {
        GRADIENT_LOCK.lock();
        long start = System.nanoTime();
        try (NDManager base = NDManager.newBaseManager();
                GraphClassifier model = kind.create(base, shape, new Random(settings.seed()))) {
            Engine.getInstance().setRandomSeed((int) settings.seed());
            Optimizer adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed(settings.learningRate())).build();
            List<GraphSample> order = new ArrayList<>(train);
            Random shuffle = new Random(settings.seed() ^ 0x5DEECE66DL);
            Score best = null;
            double bestTest = Double.NaN;
            int bestEpoch = 0;
            int epoch = 0;
            while (epoch < settings.epochs() && epoch - bestEpoch < settings.patience()) {
                epoch++;
                Collections.shuffle(order, shuffle);
                double loss = trainEpoch(model, adam, base, order);
                Score current = score(model, base, validation);
                if (best == null || current.betterThan(best)) {
                    best = current;
                    bestTest = score(model, base, test).accuracy();
                    bestEpoch = epoch;
                }
                if (epoch % 10 == 0) {
                    progress.accept(String.format("    epoch %d: train loss %.4f, val acc %.4f (best %.4f at epoch %d)",
                            epoch, loss, current.accuracy(), best.accuracy(), bestEpoch));
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new FoldOutcome(bestEpoch, epoch, best.accuracy(), bestTest, seconds);
        } finally {
            GRADIENT_LOCK.unlock();
        }
    }

    private double trainEpoch(GraphClassifier model, Optimizer adam, NDManager base, List<GraphSample> order) {
        double lossSum = 0;
        int steps = 0;
        for (int from = 0; from < order.size(); from += settings.batchSize()) {
            List<GraphSample> slice = order.subList(from, Math.min(order.size(), from + settings.batchSize()));
            try (NDManager step = base.newSubManager()) {
                GraphBatch batch = batches.build(step, slice);
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    NDArray loss = crossEntropy(model.forward(batch, true), batch);
                    collector.backward(loss);
                    lossSum += loss.getFloat();
                }
                for (Map.Entry<String, NDArray> parameter : model.parameters().all().entrySet()) {
                    try (NDArray gradient = parameter.getValue().getGradient()) {
                        adam.update(parameter.getKey(), parameter.getValue(), gradient);
                        gradient.subi(gradient);
                    }
                }
            }
            steps++;
        }
        return lossSum / steps;
    }

    /**
     * Mean softmax cross-entropy of logits {@code (B, classes)} against the batch labels.
     *
     * @param logits model output
     * @param batch the batch
     * @return scalar loss
     */
    public static NDArray crossEntropy(NDArray logits, GraphBatch batch) {
        NDArray oneHot = batch.labels().oneHot((int) logits.getShape().get(1));
        return logits.logSoftmax(1).mul(oneHot).sum(new int[] {1}).neg().mean();
    }

    private Score score(GraphClassifier model, NDManager base, List<GraphSample> samples) {
        try (NDManager step = base.newSubManager()) {
            GraphBatch batch = batches.build(step, samples);
            NDArray logits = model.forward(batch, false);
            double loss = crossEntropy(logits, batch).getFloat();
            long[] predicted = logits.argMax(1).toLongArray();
            int[] truth = batch.labelValues();
            int correct = 0;
            for (int i = 0; i < truth.length; i++) {
                correct += predicted[i] == truth[i] ? 1 : 0;
            }
            return new Score((double) correct / truth.length, loss);
        }
    }

    /** Accuracy and loss on one set; higher accuracy wins, ties go to the lower loss. */
    private record Score(double accuracy, double loss) {
        boolean betterThan(Score other) {
            return accuracy > other.accuracy || (accuracy == other.accuracy && loss < other.loss);
        }
    }
}
