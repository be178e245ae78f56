package io.hyperseed.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NeuralPhasePropertiesTest {

    private static final class Phase extends NeuralPhaseProperties {
    }

    @Test
    void propertiesByNameReachTheConfig() {
        Phase phase = new Phase();
        phase.applyProperties(Map.of("hiddenSizes", "32, 8", "annealingStart", "-0.5", "annealingEnd", "2",
                "timeLimit", "500ms", "device", "CPU"));
        NeuralConfig config = phase.toConfig();

        assertThat(config.hiddenSizes()).containsExactly(32, 8);
        assertThat(config.annealingStart()).isEqualTo(-0.5);
        assertThat(config.annealingEnd()).isEqualTo(2.0);
        assertThat(config.timeLimit().toMillis()).isEqualTo(500);
        assertThat(config.device()).isEqualTo("cpu");
    }

    @Test
    void unknownPropertyListsTheKnownOnes() {
        assertThatThrownBy(() -> new Phase().applyProperty("lr", "1")).hasMessageContaining("(lr)")
                .hasMessageContaining("learningRate").hasMessageContaining("restarts");
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
        assertThatThrownBy(phase::toConfig).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("restarts (0)");
    }

    @Test
    void configRoundTripsThroughItsBuilder() {
        NeuralConfig config = NeuralConfig.builder().optAnnealingEnd(3).optDropout(0.1).build();
        assertThat(config.toBuilder().build()).isEqualTo(config);
    }
}
