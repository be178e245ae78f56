package io.hyperseed.graphap;

import io.hyperseed.graphap.cluster.AffinityPropagation;
import io.hyperseed.graphap.cluster.CommunityDetector;
import io.hyperseed.graphap.cluster.CommunitySource;
import io.hyperseed.graphap.model.ModelShape;
import io.hyperseed.graphap.similarity.SimilarityScaling;
import io.hyperseed.graphap.similarity.StructuralSimilarity;
import io.hyperseed.graphap.train.Selection;
import io.hyperseed.graphap.train.TrainingSettings;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Every setting of a study run that shapes the models, their training and the communities, the same for every model.
 * Two presets: {@link #tuned()} (this project's defaults) and {@link #original()} (the settings of the original
 * notebook). Each value is checked where it is used ({@link ModelShape}, {@link TrainingSettings},
 * {@link StructuralSimilarity}, {@link AffinityPropagation}).
 *
 * @param hidden embedding and MLP width
 * @param layers layers of the whole-graph encoder (GCN or GIN)
 * @param communityLayers GCN layers of the community branch
 * @param topK communities kept by the attention
 * @param dropout drop probability in the MLP head
 * @param learningRate Adam step size
 * @param batchSize graphs per step
 * @param epochs epoch cap per fold
 * @param patience early stop after this many epochs without better validation accuracy (best-validation only)
 * @param selection which epoch is reported
 * @param distanceWeight g of the similarity
 * @param scaling how the similarity's two parts are scaled
 * @param damping affinity-propagation damping
 * @param apIterations affinity-propagation iteration cap
 * @param apConvergence unchanged-exemplar iterations that stop affinity propagation
 * @param communitySource bare graph (once) or graph carrying the current embeddings (every epoch)
 */
public record Hyperparameters(
        int hidden,
        int layers,
        int communityLayers,
        int topK,
        float dropout,
        float learningRate,
        int batchSize,
        int epochs,
        int patience,
        Selection selection,
        double distanceWeight,
        SimilarityScaling scaling,
        double damping,
        int apIterations,
        int apConvergence,
        CommunitySource communitySource) {

    /** Checks every value by building the objects that use it. */
    public Hyperparameters {
        new ModelShape(1, 2, hidden, layers, communityLayers, topK, dropout);
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must lie in [0, 1) (" + dropout + "). Maybe 0.5?");
        }
        new TrainingSettings(epochs, batchSize, learningRate, patience, 0, Objects.requireNonNull(selection));
        new StructuralSimilarity(distanceWeight, Objects.requireNonNull(scaling));
        new AffinityPropagation(damping, apIterations, apConvergence);
        Objects.requireNonNull(communitySource);
    }

    /**
     * This project's settings, fixed before the final runs: 3 layers of width 64, dropout 0.5, Adam lr 0.005, batch 32,
     * at most 200 epochs with early stop after 50, best-validation epoch; similarity g = 0.8 with both parts scaled to
     * [0, 1] by their per-graph maximum; affinity propagation damping 0.8, at most 200 iterations, stop after 15
     * unchanged; communities from the bare graph, computed once.
     *
     * @return the tuned preset
     */
    public static Hyperparameters tuned() {
        return new Hyperparameters(
                64,
                3,
                2,
                1,
                0.5f,
                0.005f,
                32,
                200,
                50,
                Selection.BEST_VALIDATION,
                0.8,
                SimilarityScaling.MAX,
                0.8,
                200,
                15,
                CommunitySource.STRUCTURE);
    }

    /**
     * The original notebook's settings: a 2-layer backbone of width 64, Adam lr 0.05, dropout 0.3 in the head,
     * 10 epochs, test at the last epoch, raw similarity g = 0.8, affinity propagation damping 0.8 and at most 1000
     * iterations (scikit-learn stops after 15 unchanged), similarity recomputed from the graph carrying the current
     * embeddings. Batch size and community-branch depth are not stated there: 32 and 2.
     *
     * @return the original preset
     */
    public static Hyperparameters original() {
        return new Hyperparameters(
                64,
                2,
                2,
                1,
                0.3f,
                0.05f,
                32,
                10,
                10,
                Selection.LAST_EPOCH,
                0.8,
                SimilarityScaling.RAW,
                0.8,
                1000,
                15,
                CommunitySource.EMBEDDINGS);
    }

    /**
     * @param name {@code tuned} or {@code original}
     * @return the preset
     */
    public static Hyperparameters preset(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "tuned" -> tuned();
            case "original" -> original();
            default ->
                throw new IllegalArgumentException(
                        "Unknown preset (" + name + "). Maybe one of " + Arrays.asList("tuned", "original") + "?");
        };
    }

    /**
     * @param featureCount one-hot width
     * @param classCount number of classes
     * @return the model shape
     */
    public ModelShape shape(int featureCount, int classCount) {
        return new ModelShape(featureCount, classCount, hidden, layers, communityLayers, topK, dropout);
    }

    /**
     * @param seed seed of weights, batch order and dropout
     * @return the training settings
     */
    public TrainingSettings training(long seed) {
        return new TrainingSettings(epochs, batchSize, learningRate, patience, seed, selection);
    }

    /** @return the community detector (noise seed 0) */
    public CommunityDetector detector() {
        return new CommunityDetector(
                new StructuralSimilarity(distanceWeight, scaling),
                new AffinityPropagation(damping, apIterations, apConvergence),
                0);
    }

    /** @return a one-line description for reports */
    public String describe() {
        return String.format(
                Locale.ROOT,
                "hidden %d, %d backbone layers, %d community layers, top-%d, dropout %s; Adam lr %s, batch %d, %d"
                        + " epochs%s, report %s epoch; similarity g %s, %s scaling; affinity propagation damping %s,"
                        + " at most %d iterations, stop after %d unchanged; communities from the %s",
                hidden,
                layers,
                communityLayers,
                topK,
                dropout,
                learningRate,
                batchSize,
                epochs,
                selection == Selection.BEST_VALIDATION
                        ? " (early stop after " + patience + " without better validation)"
                        : "",
                selection == Selection.BEST_VALIDATION ? "the best-validation" : "the last",
                distanceWeight,
                scaling.id(),
                damping,
                apIterations,
                apConvergence,
                communitySource == CommunitySource.STRUCTURE
                        ? "bare graph (once)"
                        : "graph carrying the current embeddings (every epoch)");
    }

    /** @return a copy with another width */
    public Hyperparameters withHidden(int value) {
        return copy(c -> c.hidden = value);
    }

    /** @return a copy with another backbone depth */
    public Hyperparameters withLayers(int value) {
        return copy(c -> c.layers = value);
    }

    /** @return a copy with another community-branch depth */
    public Hyperparameters withCommunityLayers(int value) {
        return copy(c -> c.communityLayers = value);
    }

    /** @return a copy with another top-k */
    public Hyperparameters withTopK(int value) {
        return copy(c -> c.topK = value);
    }

    /** @return a copy with another dropout */
    public Hyperparameters withDropout(float value) {
        return copy(c -> c.dropout = value);
    }

    /** @return a copy with another learning rate */
    public Hyperparameters withLearningRate(float value) {
        return copy(c -> c.learningRate = value);
    }

    /** @return a copy with another batch size */
    public Hyperparameters withBatchSize(int value) {
        return copy(c -> c.batchSize = value);
    }

    /** @return a copy with another epoch cap */
    public Hyperparameters withEpochs(int value) {
        return copy(c -> c.epochs = value);
    }

    /** @return a copy with another patience */
    public Hyperparameters withPatience(int value) {
        return copy(c -> c.patience = value);
    }

    /** @return a copy with another epoch selection */
    public Hyperparameters withSelection(Selection value) {
        return copy(c -> c.selection = value);
    }

    /** @return a copy with another g */
    public Hyperparameters withDistanceWeight(double value) {
        return copy(c -> c.distanceWeight = value);
    }

    /** @return a copy with another similarity scaling */
    public Hyperparameters withScaling(SimilarityScaling value) {
        return copy(c -> c.scaling = value);
    }

    /** @return a copy with another damping */
    public Hyperparameters withDamping(double value) {
        return copy(c -> c.damping = value);
    }

    /** @return a copy with another affinity-propagation iteration cap */
    public Hyperparameters withApIterations(int value) {
        return copy(c -> c.apIterations = value);
    }

    /** @return a copy with another affinity-propagation convergence count */
    public Hyperparameters withApConvergence(int value) {
        return copy(c -> c.apConvergence = value);
    }

    /** @return a copy with another community source */
    public Hyperparameters withCommunitySource(CommunitySource value) {
        return copy(c -> c.communitySource = value);
    }

    /** A copy of these settings with {@code change} applied, checked by the canonical constructor. */
    private Hyperparameters copy(Consumer<Copy> change) {
        Copy c = new Copy(this);
        change.accept(c);
        return c.build();
    }

    /** The mutable components of one copy, so that each {@code with} method names only what it changes. */
    private static final class Copy {
        private int hidden;
        private int layers;
        private int communityLayers;
        private int topK;
        private float dropout;
        private float learningRate;
        private int batchSize;
        private int epochs;
        private int patience;
        private Selection selection;
        private double distanceWeight;
        private SimilarityScaling scaling;
        private double damping;
        private int apIterations;
        private int apConvergence;
        private CommunitySource communitySource;

        Copy(Hyperparameters h) {
            hidden = h.hidden;
            layers = h.layers;
            communityLayers = h.communityLayers;
            topK = h.topK;
            dropout = h.dropout;
            learningRate = h.learningRate;
            batchSize = h.batchSize;
            epochs = h.epochs;
            patience = h.patience;
            selection = h.selection;
            distanceWeight = h.distanceWeight;
            scaling = h.scaling;
            damping = h.damping;
            apIterations = h.apIterations;
            apConvergence = h.apConvergence;
            communitySource = h.communitySource;
        }

        Hyperparameters build() {
            return new Hyperparameters(
                    hidden,
                    layers,
                    communityLayers,
                    topK,
                    dropout,
                    learningRate,
                    batchSize,
                    epochs,
                    patience,
                    selection,
                    distanceWeight,
                    scaling,
                    damping,
                    apIterations,
                    apConvergence,
                    communitySource);
        }
    }
}
