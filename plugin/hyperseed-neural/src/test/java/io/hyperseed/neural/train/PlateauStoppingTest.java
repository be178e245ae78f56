package io.hyperseed.neural.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlateauStoppingTest {

    @Test
    void neverStopsBeforeTheMinimumProgress() {
        assertThat(PlateauStopping.DEFAULT.shouldStop(1000, 1, 0.49)).isFalse();
    }

    @Test
    void stopsAfterAPlateauOfAQuarterOfTheEpochsButAtLeastFifty() {
        PlateauStopping rule = PlateauStopping.DEFAULT;
        // epoch 400: a plateau of 100 epochs is needed
        assertThat(rule.shouldStop(400, 301, 0.6)).isFalse();
        assertThat(rule.shouldStop(400, 300, 0.6)).isTrue();
        // epoch 100: 25 would be a quarter, but at least 50
        assertThat(rule.shouldStop(100, 60, 0.9)).isFalse();
        assertThat(rule.shouldStop(100, 50, 0.9)).isTrue();
    }

    @Test
    void neverRuleNeverStops() {
        assertThat(PlateauStopping.NEVER.shouldStop(Integer.MAX_VALUE - 1, 0, 1.0))
                .isFalse();
    }

    @Test
    void invalidSettingsAreRejectedWithTheValue() {
        assertThatThrownBy(() -> new PlateauStopping(1.5, 50, 0.25)).hasMessageContaining("(1.5)");
        assertThatThrownBy(() -> new PlateauStopping(0.5, 0, 0.25)).hasMessageContaining("(0 epochs)");
        assertThatThrownBy(() -> new PlateauStopping(0.5, 50, -0.1)).hasMessageContaining("(-0.1)");
    }
}
