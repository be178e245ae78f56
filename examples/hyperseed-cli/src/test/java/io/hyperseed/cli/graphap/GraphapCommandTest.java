package io.hyperseed.cli.graphap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperseed.graphap.Hyperparameters;
import io.hyperseed.graphap.StudyOptions;
import io.hyperseed.graphap.cluster.CommunitySource;
import io.hyperseed.graphap.similarity.SimilarityScaling;
import io.hyperseed.graphap.train.Selection;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class GraphapCommandTest {

    private static StudyOptions parse(String... args) {
        GraphapCommand command = new GraphapCommand();
        new CommandLine(command).parseArgs(args);
        return command.options();
    }

    @Test
    void defaultsAreTheTunedPresetOverThreeSeeds() {
        StudyOptions options = parse("data/MUTAG");
        assertThat(options.preset()).isEqualTo("tuned");
        assertThat(options.hyperparameters()).isEqualTo(Hyperparameters.tuned());
        assertThat(options.seeds()).containsExactly(1234L, 1235L, 1236L);
        assertThat(options.cacheDir()).isEqualTo(Path.of("target/graphap-cache"));
        assertThat(options.census()).isTrue();
    }

    @Test
    void presetOriginalWithOverrides() {
        StudyOptions options = parse(
                "data/MUTAG",
                "--preset",
                "original",
                "--epochs",
                "20",
                "--similarity",
                "rank",
                "--communities",
                "structure",
                "--selection",
                "best-validation",
                "--lr",
                "0.01",
                "--layers",
                "4",
                "--seeds",
                "1,2",
                "--models",
                "gcn,experiment",
                "--no-census",
                "--ap-iterations",
                "300");
        Hyperparameters hp = options.hyperparameters();
        assertThat(options.preset()).isEqualTo("original");
        assertThat(hp.epochs()).isEqualTo(20);
        assertThat(hp.scaling()).isEqualTo(SimilarityScaling.RANK);
        assertThat(hp.communitySource()).isEqualTo(CommunitySource.STRUCTURE);
        assertThat(hp.selection()).isEqualTo(Selection.BEST_VALIDATION);
        assertThat(hp.learningRate()).isEqualTo(0.01f);
        assertThat(hp.layers()).isEqualTo(4);
        assertThat(hp.apIterations()).isEqualTo(300);
        assertThat(hp.dropout()).isEqualTo(0.3f);
        assertThat(options.seeds()).containsExactly(1L, 2L);
        assertThat(options.models()).containsExactly("gcn", "experiment");
        assertThat(options.census()).isFalse();
    }

    @Test
    void unknownScalingNamesTheValue() {
        assertThatThrownBy(() -> parse("data/MUTAG", "--similarity", "log"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(log)");
        assertThat(List.of(SimilarityScaling.values())).hasSize(3);
    }
}
