package io.hyperseed.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/**
 * The {@code -v/--verbose} mixin shared by every subcommand: shows stack traces on failures and lowers the log
 * threshold to INFO (solver phase logs) or DEBUG ({@code -vv}).
 */
public final class Verbosity {

    /** The root level configured by {@link LogConfigurator}, restored for every new command line. */
    private static final Level CONFIGURED = rootLogger().getLevel();

    private int level;

    /** Restores the configured log levels: a previous in-process run's {@code -v} must not leak into this one. */
    public Verbosity() {
        rootLogger().setLevel(CONFIGURED);
        cudaLogger().setLevel(Level.ERROR);
    }

    /** Called by picocli for each {@code -v}. */
    @Option(
            names = {"-v", "--verbose"},
            description = "Stack traces on failures and solver logs (-vv: debug logs).")
    public void setVerbose(boolean[] flags) {
        level = flags == null ? 0 : flags.length;
        rootLogger().setLevel(level >= 2 ? Level.DEBUG : level == 1 ? Level.INFO : CONFIGURED);
        if (level > 0) {
            // LogConfigurator quiets DJL's CUDA probe warning; verbose runs show it (it explains a CPU fallback).
            cudaLogger().setLevel(null);
        }
    }

    private static Logger rootLogger() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static Logger cudaLogger() {
        return (Logger) LoggerFactory.getLogger(LogConfigurator.CUDA_LOGGER);
    }

    /** True when at least one {@code -v} was given. */
    public boolean isVerbose() {
        return level > 0;
    }
}
