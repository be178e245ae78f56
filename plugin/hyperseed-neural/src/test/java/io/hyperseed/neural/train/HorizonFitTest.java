package io.hyperseed.neural.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HorizonFitTest {

    @Test
    void horizonIsTheMaximumWhenTheTimeDoesNotBind() {
        HorizonFit fit = new HorizonFit(800, 0.9);
        // 10 epochs done, 100 s left at 10 ms an epoch: 9000 more would fit
        assertThat(fit.refit(10, 100_000_000_000L, 10_000_000)).isEqualTo(800);
    }

    @Test
    void horizonShrinksToTheFilledShareOfTheEpochsThatFit() {
        HorizonFit fit = new HorizonFit(800, 0.9);
        // 10 done, 1 s left, 10 ms an epoch: 100 fit, 90 % of them -> 10 + 90
        assertThat(fit.refit(10, 1_000_000_000L, 10_000_000)).isEqualTo(100);
        // later the machine got slower: 20 ms an epoch, 0.5 s left at epoch 50 -> 50 + 22.5
        assertThat(fit.refit(50, 500_000_000L, 20_000_000)).isEqualTo(72);
    }

    @Test
    void horizonNeverEndsBeforeTheNextEpochAndUnknownCostKeepsIt() {
        HorizonFit fit = new HorizonFit(800, 0.9);
        assertThat(fit.refit(5, 0, 10_000_000)).isEqualTo(6);
        assertThat(fit.refit(5, -1_000_000, 10_000_000)).isEqualTo(6);
        assertThat(fit.refit(7, 1_000_000_000L, 0)).isEqualTo(6);
    }

    @Test
    void scheduleCompletesAtTheFittedHorizon() {
        HorizonFit fit = new HorizonFit(800, 0.9);
        fit.refit(1, 1_000_000_000L, 10_000_000);
        assertThat(fit.horizon()).isEqualTo(91);
        assertThat(fit.progress(1)).isZero();
        assertThat(fit.progress(46)).isCloseTo(0.5, within(1e-12));
        assertThat(fit.progress(91)).isEqualTo(1.0);
        assertThat(fit.progress(95)).isEqualTo(1.0);
    }

    @Test
    void progressNeverGoesBackWhenTheHorizonGrows() {
        HorizonFit fit = new HorizonFit(800, 0.9);
        fit.refit(10, 1_000_000_000L, 10_000_000);
        double before = fit.progress(51);
        fit.refit(51, 100_000_000_000L, 10_000_000);
        assertThat(fit.horizon()).isEqualTo(800);
        assertThat(fit.progress(52)).isEqualTo(before);
    }

    @Test
    void invalidSettingsAreRejectedWithTheValue() {
        assertThatThrownBy(() -> new HorizonFit(0, 0.9)).hasMessageContaining("(0)");
        assertThatThrownBy(() -> new HorizonFit(10, 1.5)).hasMessageContaining("(1.5)");
    }
}
