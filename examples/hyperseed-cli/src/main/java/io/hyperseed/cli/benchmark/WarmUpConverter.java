package io.hyperseed.cli.benchmark;

import io.hyperseed.cli.Converters;
import java.time.Duration;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;

/**
 * {@code --warm-up}: a duration as for {@code --time}, or zero ({@code 0}, {@code 0s}, {@code 0ms}) to skip the
 * warm-up.
 */
public final class WarmUpConverter implements ITypeConverter<Duration> {

    private static final Pattern ZERO = Pattern.compile("\\s*0+(\\.0*)?\\s*(ms|s|m|h)?\\s*");

    @Override
    public Duration convert(String value) {
        if (ZERO.matcher(value).matches()) {
            return Duration.ZERO;
        }
        return new Converters.DurationConverter().convert(value);
    }
}
