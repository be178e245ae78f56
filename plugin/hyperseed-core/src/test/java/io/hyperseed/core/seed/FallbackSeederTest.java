package io.hyperseed.core.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.testing.SeedToy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FallbackSeederTest {

    private final PuboProblem toy = SeedToy.problem();
    private final List<String> warnings = new ArrayList<>();

    @Test
    void aWorkingPrimaryIsReturnedUnchangedWithoutWarning() throws SeedingException {
        Seed greedy = new GreedySeeder().seed(toy, SeedingContext.of(1));

        Seed seed = new FallbackSeeder((p, c) -> greedy, failing(new IllegalStateException("unused")), warnings::add)
                .seed(toy, SeedingContext.of(1));

        assertThat(seed).isSameAs(greedy);
        assertThat(FallbackSeeder.primaryFailure(seed)).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void aFailedPrimaryGivesTheFallbackSeedCarryingTheCauseAndOneWarning() throws SeedingException {
        UnsatisfiedLinkError missingLibrary = new UnsatisfiedLinkError("no torch in java.library.path");

        Seed seed = new FallbackSeeder(failing(missingLibrary), new GreedySeeder(), warnings::add)
                .seed(toy, SeedingContext.of(1));

        assertThat(seed.producer()).isEqualTo("greedy");
        assertThat(FallbackSeeder.primaryFailure(seed)).containsSame(missingLibrary);
        assertThat(warnings)
                .singleElement()
                .asString()
                .contains("UnsatisfiedLinkError")
                .contains("no torch in java.library.path");
    }

    @Test
    void aCheckedSeedingFailureKeepsItsOwnCauseChain() throws SeedingException {
        SeedingException failure = new SeedingException("training diverged", new ArithmeticException("NaN loss"));

        Seed seed =
                new FallbackSeeder(failing(failure), new GreedySeeder(), warnings::add).seed(toy, SeedingContext.of(1));

        assertThat(FallbackSeeder.primaryFailure(seed))
                .get()
                .isSameAs(failure)
                .extracting(Throwable::getCause)
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void aFailingFallbackPropagatesWithThePrimaryFailureSuppressed() {
        IllegalStateException primary = new IllegalStateException("primary broke");
        IllegalArgumentException fallback = new IllegalArgumentException("fallback broke");

        assertThatThrownBy(() -> new FallbackSeeder(failing(primary), failing(fallback), warnings::add)
                        .seed(toy, SeedingContext.of(1)))
                .isSameAs(fallback)
                .satisfies(e -> assertThat(e.getSuppressed()).containsExactly(primary));
        assertThat(warnings).hasSize(1);
    }

    private static Seeder failing(Throwable failure) {
        return (problem, context) -> {
            if (failure instanceof SeedingException checked) {
                throw checked;
            }
            if (failure instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw (Error) failure;
        };
    }
}
