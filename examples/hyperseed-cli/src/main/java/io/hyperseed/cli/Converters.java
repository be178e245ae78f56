package io.hyperseed.cli;

import io.hyperseed.core.io.Format;
import io.hyperseed.neural.NeuralPhaseProperties;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Picocli converters for Hyperseed's option types; failures name the value and the accepted forms. */
public final class Converters {

    private Converters() {}

    /** {@code --format}: a {@link Format} short name ({@code hmetis}, {@code rudy}, ...) or enum name. */
    public static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            Format format = Format.byId(value);
            if (format == null) {
                throw new TypeConversionException("The format (" + value + ") is unknown. Maybe one of: "
                        + Arrays.stream(Format.values()).map(Format::id).collect(Collectors.joining(", ")) + "?");
            }
            return format;
        }
    }

    /** {@code --time}: {@code 30s}, {@code 2m}, {@code 500ms}, {@code 1h}, plain seconds or ISO-8601. */
    public static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return NeuralPhaseProperties.parseDuration(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
