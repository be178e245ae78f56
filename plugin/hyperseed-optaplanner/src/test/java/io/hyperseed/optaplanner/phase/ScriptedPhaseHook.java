package io.hyperseed.optaplanner.phase;

/** Lets tests outside this package script {@link ScriptedPhaseCommand}. */
public final class ScriptedPhaseHook {

    private ScriptedPhaseHook() {}

    /** The next scripted phases train until told to stop. */
    public static void trainUntilStopped() {
        ScriptedPhaseCommand.reset(ScriptedPhaseCommand::untilStopped);
    }
}
