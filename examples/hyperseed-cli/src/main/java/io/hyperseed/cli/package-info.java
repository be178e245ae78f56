/**
 * The {@code hyperseed} command line: one {@link java.util.concurrent.Callable} class per subcommand
 * ({@code solve}, {@code info}, {@code benchmark}, {@code generate}, {@code graphap}), a verbosity mixin and the
 * mapping of exceptions to exit codes (0 success, 1 internal failure, 2 bad usage or bad input).
 */
package io.hyperseed.cli;
