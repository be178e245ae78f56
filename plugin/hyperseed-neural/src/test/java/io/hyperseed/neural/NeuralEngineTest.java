package io.hyperseed.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import org.junit.jupiter.api.Test;

class NeuralEngineTest {

    @Test
    void missingEngineFailsWithWhatToInstall() {
        assertThatThrownBy(() -> NeuralEngine.engine("NoSuchEngine"))
                .isInstanceOf(NativeLibraryException.class)
                .hasMessageContaining("pytorch-native-cpu")
                .hasMessageContaining("-Pcuda");
    }

    @Test
    void cpuIsAlwaysAvailable() throws Exception {
        assertThat(NeuralEngine.device("cpu")).isEqualTo(Device.cpu());
    }

    @Test
    void autoPicksTheGpuOnlyWhenDjlSeesOne() throws Exception {
        Device expected = NeuralEngine.engine().getGpuCount() > 0 ? Device.gpu() : Device.cpu();
        assertThat(NeuralEngine.device("auto")).isEqualTo(expected);
    }

    @Test
    void unknownDeviceNamesTheValue() {
        assertThatThrownBy(() -> NeuralEngine.device("tpu")).hasMessageContaining("(tpu)");
    }
}
