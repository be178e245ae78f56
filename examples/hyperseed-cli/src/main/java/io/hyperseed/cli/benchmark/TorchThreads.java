package io.hyperseed.cli.benchmark;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import java.util.Optional;

/**
 * PyTorch's thread pools for the benchmark's neural runs. {@link #limitToOne} asks for one intra-op and one
 * inter-op thread (DJL reads {@code ai.djl.pytorch.num_threads} and {@code ai.djl.pytorch.num_interop_threads}
 * when it loads the engine, so it must run before the first neural phase); {@link #load} loads the engine (the
 * one-time native start, outside every timed run) and returns the pools' sizes as PyTorch reports them.
 */
final class TorchThreads {

    private static final String INTRA = "ai.djl.pytorch.num_threads";
    private static final String INTER = "ai.djl.pytorch.num_interop_threads";

    /**
     * PyTorch's pool sizes.
     *
     * @param intraOp the intra-op threads (one operator's work is split over them; the calling thread is one)
     * @param interOp the inter-op threads
     */
    record Pools(int intraOp, int interOp) {

        @Override
        public String toString() {
            return intraOp + "/" + interOp;
        }
    }

    private TorchThreads() {}

    /** Asks for one intra-op and one inter-op thread for every later engine start. */
    static void limitToOne() {
        System.setProperty(INTRA, "1");
        System.setProperty(INTER, "1");
    }

    /**
     * Loads PyTorch and returns its pool sizes; applies {@code one} again (intra-op) in case the engine was
     * already loaded with more. Empty when PyTorch cannot load here (the neural phases then fall back and say so).
     */
    static Optional<Pools> load(boolean one) {
        try {
            Engine.getEngine("PyTorch");
            if (one) {
                JniUtils.setNumThreads(1);
            }
            return Optional.of(new Pools(JniUtils.getNumThreads(), JniUtils.getNumInteropThreads()));
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }
}
