package io.hyperseed.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NeuralPhasePropertiesTest {

    private static final class Phase extends NeuralPhaseProperties {}

    @Test
    void propertiesByNameReachTheConfig() {
        Phase phase = new Phase();
        phase.applyProperties(Map.of(
                "hiddenSizes",
                "32, 8",
                "annealingStart",
                "-0.5",
                "annealingEnd",
                "2",
                "timeLimit",
                "500ms",
                "device",
                "CPU"));
        NeuralConfig config = phase.toConfig();

        assertThat(config.hiddenSizes()).containsExactly(32, 8);
        assertThat(config.annealingStart()).isEqualTo(-0.5);
        assertThat(config.annealingEnd()).isEqualTo(2.0);
        assertThat(config.timeLimit().toMillis()).isEqualTo(500);
        assertThat(config.device()).isEqualTo("cpu");
    }

    @Test
    void unknownPropertyListsTheKnownOnes() {
        assertThatThrownBy(() -> new Phase().applyProperty("lr", "1"))
                .hasMessageContaining("(lr)")
                .hasMessageContaining("learningRate")
                .hasMessageContaining("restarts");
    }

    @Test
    void restartsDefaultToOneAndMustBePositive() {
        assertThat(new Phase().toConfig().restarts()).isEqualTo(1);
        Phase phase = new Phase();
        phase.applyProperty("restarts", " 8 ");
        assertThat(phase.toConfig().restarts()).isEqualTo(8);
        phase.setRestarts(3);
        assertThat(phase.toConfig().restarts()).isEqualTo(3);
        assertThat(phase.toConfig().toBuilder().build().restarts()).isEqualTo(3);

        phase.setRestarts(0);
        assertThatThrownBy(phase::toConfig)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("restarts (0)");
    }

    @Test
    void everySetterIsAPropertyByNameAndNothingElseIs() {
        assertThat(PropertySetters.of(Phase.class).names())
                .containsExactlyInAnyOrder(
                        "annealingEnd",
                        "annealingStart",
                        "batchNorm",
                        "clipNorm",
                        "device",
                        "dropout",
                        "epochs",
                        "evaluateEvery",
                        "hiddenSizes",
                        "inputDim",
                        "learningRate",
                        "memoryLimit",
                        "network",
                        "patience",
                        "penaltyGrowth",
                        "penaltyStart",
                        "restarts",
                        "samples",
                        "seed",
                        "skipConnection",
                        "timeLimit",
                        "weightDecay");
    }

    @Test
    void subclassSettersBecomePropertiesToo() {
        final class WithExtra extends NeuralPhaseProperties {
            private int extra;

            public void setExtra(int extra) {
                this.extra = extra;
            }
        }
        WithExtra phase = new WithExtra();
        phase.applyProperty("extra", " 7 ");
        assertThat(phase.extra).isEqualTo(7);
    }

    @Test
    void networkAndMemoryLimitReachTheConfig() {
        Phase phase = new Phase();
        phase.applyProperties(Map.of("network", "Seed-Notebook", "memoryLimit", "512m"));
        NeuralConfig config = phase.toConfig();

        assertThat(config.network()).isEqualTo("seed-notebook");
        assertThat(config.memoryLimit()).isEqualTo(512L << 20);
        phase.applyProperty("network", "gcn");
        assertThatThrownBy(phase::toConfig).hasMessageContaining("(gcn)").hasMessageContaining("hgnn-skip");
    }

    @Test
    void badValuesNameThePropertyAndTheValue() {
        Phase phase = new Phase();
        assertThatThrownBy(() -> phase.applyProperty("epochs", "many"))
                .hasMessageContaining("epochs")
                .hasMessageContaining("(many)");
        assertThatThrownBy(() -> phase.applyProperty("batchNorm", "yes")).hasMessageContaining("(yes)");
        assertThatThrownBy(() -> phase.applyProperty("memoryLimit", "lots")).hasMessageContaining("(lots)");
        assertThatThrownBy(() -> phase.applyProperty("timeLimit", "soon")).hasMessageContaining("(soon)");
        assertThatThrownBy(() -> phase.applyProperty("hiddenSizes", "64,x")).hasMessageContaining("(64,x)");
    }

    @Test
    void valuesParseInTheirUnits() {
        assertThat(PropertyValues.duration("1.5m").toMillis()).isEqualTo(90_000);
        assertThat(PropertyValues.duration("PT2S").toMillis()).isEqualTo(2000);
        assertThat(PropertyValues.duration("250ms").toMillis()).isEqualTo(250);
        assertThat(PropertyValues.bytes("2g")).isEqualTo(2L << 30);
        assertThat(PropertyValues.bytes("64kb")).isEqualTo(64L << 10);
        assertThat(PropertyValues.bytes("1000")).isEqualTo(1000);
        assertThat(PropertyValues.widths("128, 64")).containsExactly(128, 64);
    }

    @Test
    void configRoundTripsThroughItsBuilder() {
        NeuralConfig config =
                NeuralConfig.builder().optAnnealingEnd(3).optDropout(0.1).build();
        assertThat(config.toBuilder().build()).isEqualTo(config);
    }
}
