package io.hyperseed.graphap.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import io.hyperseed.graphap.TinyGraphs;
import io.hyperseed.graphap.cluster.Communities;
import io.hyperseed.graphap.train.FoldTrainer;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The original study's community branch received no gradient; here every parameter must get one. */
class CommunityBranchGradientTest {

    @ParameterizedTest
    @EnumSource(
            value = ModelKind.class,
            names = {"EXPERIMENT", "EXPERIMENT_GIN"})
    void everyExperimentParameterIncludingTheCommunityBranchGetsAGradient(ModelKind kind) {
        List<GraphSample> samples = List.of(
                new GraphSample(TinyGraphs.twoTriangles(0), new Communities(new int[] {0, 0, 0, 1, 1, 1}, 2)),
                new GraphSample(TinyGraphs.cycle(6, 1, 1), new Communities(new int[] {0, 0, 0, 1, 1, 1}, 2)),
                new GraphSample(TinyGraphs.path(4, 0, 1), new Communities(new int[] {0, 0, 1, 1}, 2)));
        try (NDManager manager = NDManager.newBaseManager();
                GraphClassifier model = kind.create(manager, new ModelShape(2, 2, 8, 2, 2, 1, 0f), new Random(3))) {
            GraphBatch batch = new GraphBatchBuilder(2).build(manager, samples);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                collector.backward(FoldTrainer.crossEntropy(model.forward(batch, true), batch));
            }
            Map<String, NDArray> parameters = model.parameters().all();
            assertThat(parameters.keySet())
                    .anyMatch(n -> n.startsWith(CommunityAttentionClassifier.COMMUNITY_PREFIX + "."));
            for (Map.Entry<String, NDArray> parameter : parameters.entrySet()) {
                try (NDArray gradient = parameter.getValue().getGradient()) {
                    float norm = gradient.abs().sum().getFloat();
                    assertThat(norm)
                            .as("gradient norm of %s", parameter.getKey())
                            .isGreaterThan(0f);
                }
            }
        }
    }
}
