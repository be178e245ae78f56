package io.hyperseed.neural;

import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.seed.Seeder;
import io.hyperseed.core.seed.SeedingContext;
import io.hyperseed.core.seed.SeedingException;
import java.util.Objects;

/**
 * The BIPNN neural seeder (arXiv 2505.20997): trains an HGNN+ network on one instance, unsupervised, to minimise
 * the relaxed PUBO loss, then rounds and repairs. PLACEHOLDER: filled in by the neural issue.
 */
public final class HgnnSeeder implements Seeder {

    private final NeuralConfig config;

    public HgnnSeeder(NeuralConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** The settings. */
    public NeuralConfig config() {
        return config;
    }

    @Override
    public Seed seed(PuboProblem problem, SeedingContext context) throws SeedingException {
        throw new SeedingException("The HGNN+ seeder is not implemented yet.");
    }
}
