package io.hyperseed.neural.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The registry of network architectures, chosen by the {@code network} property. Adding one is a class
 * implementing {@link HypergraphNetwork} plus one line here.
 *
 * <ul>
 * <li>{@value #HGNN_SKIP} (default): {@link HgnnNetwork}, HGNN+ convolutions with a self (skip) term, normal input
 * features and a 1-wide convolution as head.</li>
 * <li>{@value #SEED_NOTEBOOK}: {@link SeedNotebookNetwork}, the BIPNN seed notebook's stack: HGNN+ convolutions,
 * then a Linear head, uniform input features.</li>
 * </ul>
 */
public final class Networks {

    /** Our default architecture. */
    public static final String HGNN_SKIP = "hgnn-skip";
    /** The seed notebook's architecture. */
    public static final String SEED_NOTEBOOK = "seed-notebook";

    private static final Map<String, NetworkFactory> FACTORIES = new LinkedHashMap<>();

    static {
        FACTORIES.put(HGNN_SKIP, HgnnNetwork::new);
        FACTORIES.put(SEED_NOTEBOOK, SeedNotebookNetwork::new);
    }

    private Networks() {}

    /** The registered names, in registration order. */
    public static Set<String> names() {
        return Collections.unmodifiableSet(FACTORIES.keySet());
    }

    /** The factory registered as {@code name}; an unknown name fails with the list of known ones. */
    public static NetworkFactory factory(String name) {
        NetworkFactory factory = FACTORIES.get(name);
        if (factory == null) {
            throw new IllegalArgumentException("The network (" + name + ") is unknown. Maybe one of "
                    + String.join(", ", FACTORIES.keySet()) + "?");
        }
        return factory;
    }
}
