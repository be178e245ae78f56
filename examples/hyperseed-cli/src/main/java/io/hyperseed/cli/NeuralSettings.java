package io.hyperseed.cli;

import io.hyperseed.neural.NeuralPhaseProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code --set name=value} neural properties and validates them up front through
 * {@link NeuralPhaseProperties}, so that a typo fails before any solving with a message naming the property.
 */
public final class NeuralSettings {

    private NeuralSettings() {}

    /**
     * The properties in the given order.
     *
     * @throws IllegalArgumentException for an entry without {@code =}, an unknown name or an invalid value
     */
    public static Map<String, String> parse(List<String> assignments) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(
                        "The setting (" + assignment + ") is not name=value. " + "Maybe \"--set epochs=200\"?");
            }
            properties.put(
                    assignment.substring(0, eq).trim(),
                    assignment.substring(eq + 1).trim());
        }
        NeuralPhaseProperties check = new NeuralPhaseProperties() {};
        check.applyProperties(properties);
        check.toConfig();
        return properties;
    }
}
