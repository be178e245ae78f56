package io.hyperseed.cli.graphap;

import io.hyperseed.graphap.Hyperparameters;
import io.hyperseed.graphap.cluster.CommunitySource;
import io.hyperseed.graphap.similarity.SimilarityScaling;
import io.hyperseed.graphap.train.Selection;
import java.util.List;
import java.util.function.BiFunction;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The hyper-parameter options of {@code hyperseed graphap}, declared once each as a row of a table: the option, its
 * value label, type and help text, and the {@link Hyperparameters} setter it feeds. {@link #addTo} puts them into the
 * command's picocli model, so that the help reads as if they were annotated fields; {@link #apply} then sets, on top of
 * a preset, each one that was given. {@code O(options)}.
 */
final class HyperparameterOptions {

    private static final List<Row<?>> ROWS = List.of(
            new Row<>(
                    "--epochs",
                    "epochs",
                    Integer.class,
                    "Epoch cap per fold (tuned 200, original 10).",
                    Hyperparameters::withEpochs),
            new Row<>(
                    "--lr",
                    "learningRate",
                    Float.class,
                    "Adam learning rate (tuned 0.005, original 0.05).",
                    Hyperparameters::withLearningRate),
            new Row<>("--batch", "batch", Integer.class, "Graphs per step (32).", Hyperparameters::withBatchSize),
            new Row<>(
                    "--patience",
                    "patience",
                    Integer.class,
                    "Early stop after this many epochs without better validation accuracy (tuned 50).",
                    Hyperparameters::withPatience),
            new Row<>(
                    "--selection",
                    "selection",
                    String.class,
                    "Reported epoch: best-validation or last (tuned best-validation, original last).",
                    (hp, v) -> hp.withSelection(Selection.of(v))),
            new Row<>(
                    "--hidden", "hidden", Integer.class, "Embedding and MLP width (64).", Hyperparameters::withHidden),
            new Row<>(
                    "--layers",
                    "layers",
                    Integer.class,
                    "Backbone layers (tuned 3, original 2).",
                    Hyperparameters::withLayers),
            new Row<>(
                    "--community-layers",
                    "communityLayers",
                    Integer.class,
                    "Community-branch GCN layers (2).",
                    Hyperparameters::withCommunityLayers),
            new Row<>(
                    "--top-k",
                    "topK",
                    Integer.class,
                    "Communities kept by the attention (1).",
                    Hyperparameters::withTopK),
            new Row<>(
                    "--dropout",
                    "dropout",
                    Float.class,
                    "Dropout in the MLP head (tuned 0.5, original 0.3).",
                    Hyperparameters::withDropout),
            new Row<>(
                    "--g",
                    "distanceWeight",
                    Double.class,
                    "Similarity weight g of the distance part (0.8).",
                    Hyperparameters::withDistanceWeight),
            new Row<>(
                    "--similarity",
                    "scaling",
                    String.class,
                    "Scaling of the similarity's parts: raw, max or rank (tuned max, original raw).",
                    (hp, v) -> hp.withScaling(SimilarityScaling.of(v))),
            new Row<>(
                    "--damping",
                    "damping",
                    Double.class,
                    "Affinity-propagation damping (0.8).",
                    Hyperparameters::withDamping),
            new Row<>(
                    "--ap-iterations",
                    "apIterations",
                    Integer.class,
                    "Affinity-propagation iteration cap (tuned 200, original 1000).",
                    Hyperparameters::withApIterations),
            new Row<>(
                    "--ap-convergence",
                    "apConvergence",
                    Integer.class,
                    "Unchanged-exemplar iterations that stop affinity propagation (15).",
                    Hyperparameters::withApConvergence),
            new Row<>(
                    "--communities",
                    "communities",
                    String.class,
                    "structure (bare graph, once) or embeddings (graph carrying the current embeddings, every epoch) "
                            + "(tuned structure, original embeddings).",
                    (hp, v) -> hp.withCommunitySource(CommunitySource.of(v))));

    /**
     * Adds the hyper-parameter options to {@code command}, after the options it has so far.
     *
     * @param command picocli's model of {@code hyperseed graphap}
     */
    static void addTo(CommandSpec command) {
        ROWS.forEach(row -> command.addOption(row.option()));
    }

    /**
     * @param command the parsed command, with the options of {@link #addTo}
     * @param base the preset's hyper-parameters
     * @return {@code base} with every hyper-parameter option that was given, in table order
     */
    static Hyperparameters apply(CommandSpec command, Hyperparameters base) {
        Hyperparameters hp = base;
        for (Row<?> row : ROWS) {
            hp = row.apply(command, hp);
        }
        return hp;
    }

    /** One option: absent (null) leaves the value as it is, present calls {@code setter}. */
    private record Row<T>(
            String name,
            String label,
            Class<T> type,
            String description,
            BiFunction<Hyperparameters, T, Hyperparameters> setter) {

        OptionSpec option() {
            return OptionSpec.builder(name)
                    .type(type)
                    .paramLabel("<" + label + ">")
                    .description(description)
                    .build();
        }

        Hyperparameters apply(CommandSpec command, Hyperparameters hp) {
            T value = type.cast(command.findOption(name).getValue());
            return value == null ? hp : setter.apply(hp, value);
        }
    }
}
