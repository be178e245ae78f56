package io.hyperseed.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The CLI's logging, set up in code (found by logback through {@code META-INF/services}): warnings and errors on
 * stderr as {@code HH:mm:ss.SSS LEVEL logger - message}, DJL's CUDA probe quieted (it warns on every machine without
 * a usable GPU; {@code -v} shows it again, see {@link Verbosity}). Done in code because parsing an XML configuration
 * was the largest part of the CLI's start-up (docs/results/startup.md). A configuration file named with
 * {@code -Dlogback.configurationFile=FILE} (e.g. in {@code HYPERSEED_JAVA_OPTS}) replaces this one.
 */
public final class LogConfigurator extends ContextAwareBase implements Configurator {

    /** The logger that DJL's CUDA probe warns through. */
    static final String CUDA_LOGGER = "ai.djl.util.cuda.CudaUtils";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        Line layout = new Line();
        layout.setContext(context);
        layout.start();
        encoder.setLayout(layout);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("STDERR");
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(appender);
        context.getLogger(CUDA_LOGGER).setLevel(Level.ERROR);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** {@code HH:mm:ss.SSS LEVEL logger{24} - message}, then the stack trace of a throwable. */
    static final class Line extends LayoutBase<ILoggingEvent> {

        private final TargetLengthBasedClassNameAbbreviator abbreviator = new TargetLengthBasedClassNameAbbreviator(24);

        @Override
        public String doLayout(ILoggingEvent event) {
            LocalTime time = LocalTime.ofInstant(Instant.ofEpochMilli(event.getTimeStamp()), ZoneId.systemDefault());
            StringBuilder line = new StringBuilder(128)
                    .append(String.format(
                            "%02d:%02d:%02d.%03d ",
                            time.getHour(), time.getMinute(), time.getSecond(), time.getNano() / 1_000_000))
                    .append(String.format("%-5s ", event.getLevel()))
                    .append(abbreviator.abbreviate(event.getLoggerName()))
                    .append(" - ")
                    .append(event.getFormattedMessage())
                    .append(CoreConstants.LINE_SEPARATOR);
            if (event.getThrowableProxy() != null) {
                line.append(ThrowableProxyUtil.asString(event.getThrowableProxy()))
                        .append(CoreConstants.LINE_SEPARATOR);
            }
            return line.toString();
        }
    }
}
