package io.hyperseed.graphap.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.graphap.TinyGraphs;
import io.hyperseed.graphap.cluster.CommunityDetector;
import io.hyperseed.graphap.data.LabeledGraph;
import io.hyperseed.graphap.model.GraphBatchBuilder;
import io.hyperseed.graphap.model.GraphSample;
import io.hyperseed.graphap.model.ModelKind;
import io.hyperseed.graphap.model.ModelShape;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A few epochs on generated graphs whose class is visible in the node labels: every model must learn it. */
class FoldTrainerSmokeTest {

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void learnsASeparableSetInAFewEpochs(ModelKind kind) {
        List<GraphSample> samples = new ArrayList<>();
        for (LabeledGraph graph : TinyGraphs.separableSet(40, 11)) {
            samples.add(new GraphSample(graph, CommunityDetector.study().detect(graph)));
        }
        FoldTrainer trainer = new FoldTrainer(
                new GraphBatchBuilder(2),
                new ModelShape(2, 2, 16, 2, 1, 1, 0f),
                new TrainingSettings(15, 8, 0.01f, 15, 5, Selection.BEST_VALIDATION));
        List<String> progress = new ArrayList<>();
        FoldOutcome outcome = trainer.train(
                kind, samples.subList(0, 24), samples.subList(24, 32), samples.subList(32, 40), progress::add);
        assertThat(outcome.testAccuracy()).isEqualTo(1.0);
        assertThat(outcome.validationAccuracy()).isEqualTo(1.0);
        assertThat(outcome.bestEpoch()).isBetween(1, outcome.epochsRun());
        assertThat(progress).anyMatch(line -> line.contains("epoch 10"));
    }
}
