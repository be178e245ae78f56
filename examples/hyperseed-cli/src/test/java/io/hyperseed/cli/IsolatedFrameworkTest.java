package io.hyperseed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class IsolatedFrameworkTest {

    @Test
    void entriesAreNamedByJarFileOrModuleFolderNotByTheirWholePath() throws Exception {
        assertThat(IsolatedFramework.entryName(
                        URI.create("file:/home/me/optaplanner-work/.m2/org/optaplanner/optaplanner-core-impl/10.2.0/"
                                        + "optaplanner-core-impl-10.2.0.jar")
                                .toURL()))
                .isEqualTo("optaplanner-core-impl-10.2.0.jar");
        assertThat(IsolatedFramework.entryName(
                        URI.create("file:/home/me/optaplanner-work/hyperseed/plugin/hyperseed-timefold/target/classes/")
                                .toURL()))
                .isEqualTo("hyperseed-timefold");
    }

    @Test
    void optaplannerIsListedOnceThoughTwoClassLoadersSeeItsAdapter() {
        Assumptions.assumeTrue(
                Solvers.frameworks().contains("optaplanner"),
                "Skipped: the OptaPlanner adapter is not on the class path");

        assertThat(Solvers.frameworks()).filteredOn("optaplanner"::equals).hasSize(1);
        assertThat(Solvers.byFramework("OptaPlanner").framework()).isEqualTo("optaplanner");
    }
}
