package io.hyperseed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HyperseedTest {

    private static final String[] ALL = {"solve", "info", "benchmark", "generate", "graphap", "report", "help"};

    @Test
    void aSubcommandNamedFirstIsTheOnlyOneRegistered() {
        assertThat(Hyperseed.commandLine(new String[] {"info", "file.hgr"}).getSubcommands())
                .containsOnlyKeys("info");
        assertThat(Hyperseed.commandLine(new String[] {"solve", "--help"}).getSubcommands())
                .containsOnlyKeys("solve");
    }

    @Test
    void helpVersionUnknownOrNoArgumentRegisterEverySubcommand() {
        assertThat(Hyperseed.commandLine().getSubcommands()).containsOnlyKeys(ALL);
        assertThat(Hyperseed.commandLine(new String[] {"help", "solve"}).getSubcommands())
                .containsOnlyKeys(ALL);
        assertThat(Hyperseed.commandLine(new String[] {"--version"}).getSubcommands())
                .containsOnlyKeys(ALL);
        assertThat(Hyperseed.commandLine(new String[] {"slove"}).getSubcommands())
                .containsOnlyKeys(ALL);
    }

    @Test
    void aLazilyBuiltCommandLineKeepsTheExitCodesOfTheFullOne() {
        String[] badOption = {"info", "--no-such-option"};
        String[] missingFile = {"info", "/no/such/file.hgr"};

        assertThat(Hyperseed.commandLine(badOption).execute(badOption))
                .isEqualTo(Hyperseed.commandLine().execute(badOption))
                .isEqualTo(2);
        assertThat(Hyperseed.commandLine(missingFile).execute(missingFile))
                .isEqualTo(Hyperseed.commandLine().execute(missingFile))
                .isEqualTo(2);
    }
}
