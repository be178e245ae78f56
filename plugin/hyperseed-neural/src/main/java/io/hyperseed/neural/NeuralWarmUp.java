package io.hyperseed.neural;

import io.hyperseed.core.model.Literal;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.seed.SeedingContext;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one-time start-up of the neural engine, done before a solve's clock starts by both solver adapters alike
 * ({@link io.hyperseed.core.solve.HybridPolicy}): one epoch on a two-variable problem loads the native PyTorch
 * library and creates the device context (2-3 s on a CPU, once per JVM and device), a cost that would otherwise eat
 * the first neural phase's time limit. A failure is logged at debug level with its cause: the phase itself then
 * reports it when it falls back. Thread-safe.
 */
public final class NeuralWarmUp {

    private static final Logger LOGGER = LoggerFactory.getLogger(NeuralWarmUp.class);
    private static final Set<String> WARM_DEVICES = ConcurrentHashMap.newKeySet();
    private static final Duration WARM_UP_LIMIT = Duration.ofSeconds(60);

    private NeuralWarmUp() {}

    /** Warms the engine up for {@code config}'s device, unless that was done before in this JVM. */
    public static void ensureWarm(NeuralConfig config) {
        if (!WARM_DEVICES.add(config.device())) {
            return;
        }
        PuboProblem tiny = PuboProblem.of(
                "warm-up",
                Sense.MAXIMIZE,
                Polynomial.builder(2)
                        .addTerm(1.0, Literal.positive(0), Literal.negative(1))
                        .build());
        NeuralConfig once =
                config.toBuilder().optEpochs(1).optTimeLimit(WARM_UP_LIMIT).build();
        try {
            new HgnnSeeder(once).seed(tiny, SeedingContext.of(0L));
        } catch (Exception | LinkageError e) {
            LOGGER.debug("The neural warm-up failed; the neural phase will report its fallback.", e);
        }
    }
}
