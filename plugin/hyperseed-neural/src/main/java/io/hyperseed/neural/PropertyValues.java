package io.hyperseed.neural;

import java.time.Duration;
import java.util.Locale;

/**
 * Parsers for the text values of neural properties (XML {@code <customProperties>}, {@code --set name=value}):
 * durations, byte sizes, width lists and strict booleans. Each failure names the value and suggests a valid one.
 * {@code O(length)}.
 */
public final class PropertyValues {

    private PropertyValues() {}

    /** Parses {@code 30s}, {@code 2m}, {@code 500ms}, {@code 1h}, a plain number of seconds or ISO-8601. */
    public static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(
                        Long.parseLong(t.substring(0, t.length() - 2).trim()));
            }
            char unit = t.charAt(t.length() - 1);
            String number =
                    Character.isDigit(unit) ? t : t.substring(0, t.length() - 1).trim();
            double value = Double.parseDouble(number);
            double seconds = switch (unit) {
                case 'h' -> value * 3600;
                case 'm' -> value * 60;
                case 's' -> value;
                default -> {
                    if (Character.isDigit(unit)) {
                        yield value;
                    }
                    throw new NumberFormatException(text);
                }
            };
            if (!(seconds > 0) || !Double.isFinite(seconds)) {
                throw new NumberFormatException(text);
            }
            return Duration.ofMillis(Math.round(seconds * 1000));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "The duration (" + text + ") is not understood. Maybe \"30s\", "
                            + "\"2m\", \"500ms\" or \"PT30S\"?",
                    e);
        }
    }

    /** Parses a byte count: a plain number or one with a binary suffix {@code k}, {@code m}, {@code g}. */
    public static long bytes(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("b")) {
                t = t.substring(0, t.length() - 1);
            }
            int shift = switch (t.isEmpty() ? ' ' : t.charAt(t.length() - 1)) {
                case 'k' -> 10;
                case 'm' -> 20;
                case 'g' -> 30;
                default -> 0;
            };
            String number = shift == 0 ? t : t.substring(0, t.length() - 1).trim();
            double value = Double.parseDouble(number) * (1L << shift);
            if (!(value > 0) || value > Long.MAX_VALUE / 2) {
                throw new NumberFormatException(text);
            }
            return Math.round(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "The size (" + text + ") is not understood. Maybe \"512m\" or " + "\"1g\"?", e);
        }
    }

    /** Parses comma-separated positive widths, e.g. {@code 128,64}. */
    public static int[] widths(String text) {
        String[] parts = text.trim().split("\\s*,\\s*");
        int[] sizes = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                sizes[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "The widths (" + text + ") must be comma-separated positive integers. Maybe \"128,64\"?", e);
            }
        }
        return sizes;
    }

    /** Parses {@code true} or {@code false} (any case), nothing else. */
    public static boolean strictBoolean(String text) {
        String v = text.trim().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return Boolean.parseBoolean(v);
        }
        throw new IllegalArgumentException("The boolean (" + text + ") must be true or false.");
    }
}
