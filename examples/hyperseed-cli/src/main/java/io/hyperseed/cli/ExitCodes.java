package io.hyperseed.cli;

import io.hyperseed.core.io.InstanceFormatException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Maps failures to exit codes and one-line messages: {@value #BAD_INPUT} for bad usage (unknown option, bad
 * option value) and bad input ({@link InstanceFormatException}, {@link IllegalArgumentException}, a missing or
 * unreadable file), {@value #INTERNAL} for anything else. The stack trace is printed only with
 * {@code --verbose}.
 */
public final class ExitCodes
        implements IExecutionExceptionHandler, IParameterExceptionHandler, IExitCodeExceptionMapper {

    /** Success. */
    public static final int OK = 0;
    /** An internal failure (a bug, an out-of-memory, a solver crash). */
    public static final int INTERNAL = 1;
    /** Bad usage or bad input. */
    public static final int BAD_INPUT = 2;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(cmd.getColorScheme()
                .errorText(prefix(cmd) + ex.getMessage() + " (see '"
                        + cmd.getCommandSpec().qualifiedName() + " --help')"));
        if (verbose(cmd.getParseResult())) {
            ex.printStackTrace(err);
        }
        err.flush();
        return BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        int code = getExitCode(ex);
        if (ex instanceof ParameterException p) {
            return handleParseException(p, new String[0]);
        }
        String message = code == BAD_INPUT
                ? describe(ex)
                : "internal error: " + ex.getClass().getName() + ": " + ex.getMessage()
                        + (verbose(parseResult) ? "" : " (run with --verbose for the stack trace)");
        err.println(cmd.getColorScheme().errorText(prefix(cmd) + message));
        if (verbose(parseResult)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    @Override
    public int getExitCode(Throwable exception) {
        return isBadInput(exception) ? BAD_INPUT : INTERNAL;
    }

    /** True for the failures that are the user's input, not a bug. */
    public static boolean isBadInput(Throwable e) {
        return e instanceof ParameterException
                || e instanceof InstanceFormatException
                || e instanceof IllegalArgumentException
                || e instanceof NoSuchFileException
                || e instanceof AccessDeniedException
                || e instanceof NotDirectoryException;
    }

    private static String describe(Throwable e) {
        if (e instanceof NoSuchFileException f) {
            return "no such file (" + f.getFile() + ")";
        }
        if (e instanceof AccessDeniedException f) {
            return "cannot read (" + f.getFile() + "): permission denied";
        }
        if (e instanceof FileSystemException f) {
            return f.getMessage();
        }
        return String.valueOf(e.getMessage());
    }

    private static String prefix(CommandLine cmd) {
        return cmd.getCommandSpec().qualifiedName() + ": ";
    }

    private static boolean verbose(ParseResult result) {
        for (ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
