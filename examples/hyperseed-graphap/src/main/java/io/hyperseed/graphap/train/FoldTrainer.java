package io.hyperseed.graphap.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.hyperseed.graphap.cluster.CommunityDetector;
import io.hyperseed.graphap.cluster.EmbeddingWalkWeights;
import io.hyperseed.graphap.model.GraphBatch;
import io.hyperseed.graphap.model.GraphBatchBuilder;
import io.hyperseed.graphap.model.GraphClassifier;
import io.hyperseed.graphap.model.GraphSample;
import io.hyperseed.graphap.model.ModelKind;
import io.hyperseed.graphap.model.ModelShape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Trains one fresh model on one fold: shuffled mini-batches (one {@link NDManager} per step, closed after it), softmax
 * cross-entropy, DJL's Adam. With {@link Selection#BEST_VALIDATION} the validation set is scored after every epoch,
 * the test accuracy of the best-validation epoch is reported and training stops after {@code patience} epochs without
 * a better one; with {@link Selection#LAST_EPOCH} every epoch runs and the test accuracy after the last is reported.
 *
 * <p>With a community re-detector (the original notebook's setting), a model that reads communities gets them
 * recomputed before every epoch, for the training, validation and test graphs, from its backbone's current node
 * embeddings ({@link EmbeddingWalkWeights}). DJL's gradient collector is JVM-wide, so trainings are serialised by a
 * lock. Time O(epochs (train + val + test) forward/backward passes), plus O(epochs x detection) when re-detecting.
 */
public final class FoldTrainer {

    private static final ReentrantLock GRADIENT_LOCK = new ReentrantLock();
    private static final int EMBEDDING_CHUNK = 256;

    private final GraphBatchBuilder batches;
    private final ModelShape shape;
    private final TrainingSettings settings;
    private final @Nullable CommunityDetector redetector;
    private final EmbeddingWalkWeights walkWeights = new EmbeddingWalkWeights(0.01);

    /**
     * @param batches batch builder of the data set
     * @param shape model widths
     * @param settings training settings
     */
    public FoldTrainer(GraphBatchBuilder batches, ModelShape shape, TrainingSettings settings) {
        this(batches, shape, settings, null);
    }

    /**
     * @param batches batch builder of the data set
     * @param shape model widths
     * @param settings training settings
     * @param redetector when not null, communities are recomputed with it before every epoch from the current
     *     embeddings (models that read communities only)
     */
    public FoldTrainer(
            GraphBatchBuilder batches,
            ModelShape shape,
            TrainingSettings settings,
            @Nullable CommunityDetector redetector) {
        this.batches = batches;
        this.shape = shape;
        this.settings = settings;
        this.redetector = redetector;
    }

    /**
     * @param kind model to train
     * @param train training graphs
     * @param validation validation graphs (model selection)
     * @param test test graphs (reported)
     * @param progress receives one line per 10 epochs
     * @return the outcome
     */
    public FoldOutcome train(
            ModelKind kind,
            List<GraphSample> train,
            List<GraphSample> validation,
            List<GraphSample> test,
            Consumer<String> progress) {
        GRADIENT_LOCK.lock();
        long start = System.nanoTime();
        try (NDManager base = NDManager.newBaseManager();
                GraphClassifier model = kind.create(base, shape, new Random(settings.seed()))) {
            Engine.getInstance().setRandomSeed((int) settings.seed());
            Optimizer adam = Optimizer.adam()
                    .optLearningRateTracker(Tracker.fixed(settings.learningRate()))
                    .build();
            boolean redetect = redetector != null && kind.needsCommunities();
            boolean lastEpoch = settings.selection() == Selection.LAST_EPOCH;
            List<GraphSample> trainSet = train;
            List<GraphSample> validationSet = validation;
            List<GraphSample> testSet = test;
            List<GraphSample> order = new ArrayList<>(train);
            Random shuffle = new Random(settings.seed() ^ 0x5DEECE66DL);
            Score best = null;
            double bestTest = Double.NaN;
            int bestEpoch = 0;
            int epoch = 0;
            while (epoch < settings.epochs() && (lastEpoch || epoch - bestEpoch < settings.patience())) {
                epoch++;
                if (redetect) {
                    trainSet = redetect(model, base, trainSet);
                    validationSet = redetect(model, base, validationSet);
                    testSet = redetect(model, base, testSet);
                    order = new ArrayList<>(trainSet);
                }
                Collections.shuffle(order, shuffle);
                double loss = trainEpoch(model, adam, base, order);
                Score current = score(model, base, validationSet);
                if (lastEpoch) {
                    best = current;
                    bestEpoch = epoch;
                    if (epoch == settings.epochs()) {
                        bestTest = score(model, base, testSet).accuracy();
                    }
                } else if (best == null || current.betterThan(best)) {
                    best = current;
                    bestTest = score(model, base, testSet).accuracy();
                    bestEpoch = epoch;
                }
                if (epoch % 10 == 0) {
                    progress.accept(String.format(
                            "    epoch %d: train loss %.4f, val acc %.4f (best %.4f at epoch %d)",
                            epoch, loss, current.accuracy(), best.accuracy(), bestEpoch));
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new FoldOutcome(bestEpoch, epoch, best.accuracy(), bestTest, seconds);
        } finally {
            GRADIENT_LOCK.unlock();
        }
    }

    /** The same graphs with communities detected on the walk weighted by the model's current node embeddings. */
    private List<GraphSample> redetect(GraphClassifier model, NDManager base, List<GraphSample> samples) {
        List<GraphSample> result = new ArrayList<>(samples.size());
        for (int from = 0; from < samples.size(); from += EMBEDDING_CHUNK) {
            List<GraphSample> slice = samples.subList(from, Math.min(samples.size(), from + EMBEDDING_CHUNK));
            float[] embeddings;
            int width;
            try (NDManager step = base.newSubManager()) {
                NDArray nodes = model.embed(batches.build(step, slice));
                width = (int) nodes.getShape().get(1);
                embeddings = nodes.toFloatArray();
            }
            int offset = 0;
            for (GraphSample sample : slice) {
                int n = sample.graph().nodeCount();
                float[] rows = Arrays.copyOfRange(embeddings, offset * width, (offset + n) * width);
                double[] weights = walkWeights.weights(sample.graph(), rows, width);
                result.add(new GraphSample(sample.graph(), redetector.detect(sample.graph(), weights)));
                offset += n;
            }
        }
        return result;
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
                for (Map.Entry<String, NDArray> parameter :
                        model.parameters().all().entrySet()) {
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
        int correct = 0;
        double lossSum = 0;
        for (int from = 0; from < samples.size(); from += EMBEDDING_CHUNK) {
            List<GraphSample> slice = samples.subList(from, Math.min(samples.size(), from + EMBEDDING_CHUNK));
            try (NDManager step = base.newSubManager()) {
                GraphBatch batch = batches.build(step, slice);
                NDArray logits = model.forward(batch, false);
                lossSum += crossEntropy(logits, batch).getFloat() * slice.size();
                long[] predicted = logits.argMax(1).toLongArray();
                int[] truth = batch.labelValues();
                for (int i = 0; i < truth.length; i++) {
                    correct += predicted[i] == truth[i] ? 1 : 0;
                }
            }
        }
        return new Score((double) correct / samples.size(), lossSum / samples.size());
    }

    /** Accuracy and loss on one set; higher accuracy wins, ties go to the lower loss. */
    private record Score(double accuracy, double loss) {
        boolean betterThan(Score other) {
            return accuracy > other.accuracy || (accuracy == other.accuracy && loss < other.loss);
        }
    }
}
