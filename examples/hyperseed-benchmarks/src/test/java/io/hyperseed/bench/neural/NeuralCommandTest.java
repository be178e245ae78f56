package io.hyperseed.bench.neural;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NeuralCommandTest {

    @Test
    void hypopFilesAreOrderedByTheVertexCountInTheirName() {
        assertThat(NeuralCommand.declaredSize(Path.of("Hyp_8901_13058.txt"))).isEqualTo(8901);
        assertThat(NeuralCommand.declaredSize(Path.of("Hyp_453_664.txt"))).isEqualTo(453);
        assertThat(NeuralCommand.declaredSize(Path.of("README"))).isZero();
    }

    @Test
    void onlyHypOpsOwnRowsOfTheSyntheticSetAreTakenFromTheReportedCsv(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("reported.csv"), """
                set,instance,method,cut
                synthetic_original/Hyp_453_664.txt,Hyp_453_664.txt,HypOp,650
                synthetic_original/Hyp_453_664.txt,Hyp_453_664.txt,SA,640
                other/Hyp_453_664.txt,Hyp_901_1317.txt,HypOp,1
                """);

        assertThat(NeuralCommand.hypopReported(csv)).isEqualTo(Map.of("Hyp_453_664.txt", "650"));
        assertThat(NeuralCommand.hypopReported(dir.resolve("absent.csv"))).isEmpty();
    }
}
