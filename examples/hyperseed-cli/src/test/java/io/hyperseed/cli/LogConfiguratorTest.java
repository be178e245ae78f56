package io.hyperseed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogConfiguratorTest {

    @Test
    void theCliLogsWarningsToStderrAndQuietsTheCudaProbe() {
        LoggerContext context = new LoggerContext();
        LogConfigurator configurator = new LogConfigurator();
        configurator.setContext(context);

        assertThat(configurator.configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(root.getAppender("STDERR")).isNotNull();
        assertThat(context.getLogger(LogConfigurator.CUDA_LOGGER).getLevel()).isEqualTo(Level.ERROR);
    }

    @Test
    void aLineHasTimeLevelShortLoggerNameMessageAndStackTrace() {
        LoggerContext context = new LoggerContext();
        LogConfigurator.Line layout = new LogConfigurator.Line();
        layout.setContext(context);
        Logger logger = context.getLogger("io.hyperseed.timefold.phase.NeuralConstructionPhase");
        LoggingEvent event = new LoggingEvent(
                Logger.class.getName(),
                logger,
                Level.WARN,
                "seed {} kept",
                new IllegalStateException("boom"),
                new Object[] {"greedy"});

        String line = layout.doLayout(event);

        assertThat(line)
                .containsPattern("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  ")
                .contains("NeuralConstructionPhase - seed greedy kept")
                .doesNotContain("io.hyperseed.timefold.phase.")
                .contains("java.lang.IllegalStateException: boom");
    }

    @Test
    void theRunningCliUsesIt() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        assertThat(root.getAppender("STDERR")).isNotNull();
    }
}
