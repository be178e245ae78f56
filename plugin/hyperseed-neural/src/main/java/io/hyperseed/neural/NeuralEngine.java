package io.hyperseed.neural;

import ai.djl.Device;
import ai.djl.engine.Engine;

/**
 * Loads DJL's PyTorch engine and picks the device: {@code cpu}, {@code gpu} (fails when DJL sees none) or
 * {@code auto} (the first GPU if DJL sees one, else the CPU). Failures to load the native library become a
 * {@link NativeLibraryException} naming what to install or set. When {@code ai.djl.offline} is unset it is set
 * to {@code true}, so DJL never tries to download a native library at run time.
 */
public final class NeuralEngine {

    /** The DJL engine name used. */
    public static final String ENGINE = "PyTorch";

    private NeuralEngine() {}

    /** The PyTorch engine. */
    public static Engine engine() throws NativeLibraryException {
        return engine(ENGINE);
    }

    /** The DJL engine {@code name} (package-private so that tests can ask for a missing one). */
    static Engine engine(String name) throws NativeLibraryException {
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        try {
            return Engine.getEngine(name);
        } catch (RuntimeException | LinkageError e) {
            throw new NativeLibraryException(
                    "The " + name + " native library could not be loaded (" + e.getMessage()
                            + "). Maybe add ai.djl.pytorch:pytorch-native-cpu:2.5.1 (classifier linux-x86_64; or "
                            + "pytorch-native-cu124 with the Maven profile -Pcuda) and pytorch-jni:2.5.1-0.32.0 to the class "
                            + "path, set DJL_CACHE_DIR to a writable folder, and run on Linux x86_64 with "
                            + "--enable-native-access=ALL-UNNAMED.",
                    e);
        }
    }

    /** The device for the setting {@code auto}, {@code cpu} or {@code gpu}. */
    public static Device device(String setting) throws NativeLibraryException {
        Engine engine = engine();
        int gpus = engine.getGpuCount();
        return switch (setting) {
            case "cpu" -> Device.cpu();
            case "gpu" -> {
                if (gpus == 0) {
                    throw new NativeLibraryException("The device (gpu) was requested but DJL sees no GPU. Maybe build "
                            + "with the Maven profile -Pcuda (pytorch-native-cu124, needs an NVIDIA driver for CUDA "
                            + "12.4) or set device to auto or cpu.");
                }
                yield Device.gpu();
            }
            case "auto" -> gpus > 0 ? Device.gpu() : Device.cpu();
            default ->
                throw new IllegalArgumentException(
                        "The device (" + setting + ") is not one of auto, cpu, gpu. Maybe auto?");
        };
    }
}
