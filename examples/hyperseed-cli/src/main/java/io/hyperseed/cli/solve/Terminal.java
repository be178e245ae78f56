package io.hyperseed.cli.solve;

/**
 * Whether stderr is an interactive terminal. The {@code ./hyperseed} script knows ({@code [ -t 2 ]}) and passes
 * {@code -Dhyperseed.tty=true|false}; without it, a console attached to the JVM counts as interactive.
 */
final class Terminal {

    private Terminal() {}

    static boolean isInteractive() {
        String tty = System.getProperty("hyperseed.tty");
        if (tty != null) {
            return Boolean.parseBoolean(tty);
        }
        return System.console() != null;
    }
}
