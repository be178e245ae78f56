package io.hyperseed.timefold;

import ai.timefold.solver.core.config.solver.SolverConfig;
import io.hyperseed.core.solve.HybridPolicy;
import io.hyperseed.core.solve.SolveOptions;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The solver configurations shipped as resources ({@code io/hyperseed/timefold/*SolverConfig.xml}), one per
 * built-in name ({@link SolveOptions#BUILT_IN_CONFIGS}) and solution type, and the lookup of a name or XML path.
 * Users copy the resources as starting points; the names map as {@code neural-tabu -> maxCutNeuralTabuSolverConfig.xml}
 * (or {@code programNeuralTabuSolverConfig.xml}).
 */
public final class BuiltInConfigs {

    private BuiltInConfigs() {}

    /** The classpath resource of a built-in configuration for max-cut or for general programs. */
    public static String resource(String name, boolean maxCut) {
        return HybridPolicy.configResource(TimefoldHybridSolver.FRAMEWORK, name, maxCut);
    }

    /** A built-in configuration by name, else the solver XML file at that path. */
    public static SolverConfig load(String nameOrPath, boolean maxCut) {
        if (SolveOptions.BUILT_IN_CONFIGS.contains(nameOrPath)) {
            return SolverConfig.createFromXmlResource(
                    resource(nameOrPath, maxCut), BuiltInConfigs.class.getClassLoader());
        }
        Path file = Path.of(nameOrPath);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("The config (" + nameOrPath + ") is neither a built-in name nor an "
                    + "existing solver XML file. Maybe one of " + SolveOptions.BUILT_IN_CONFIGS + "?");
        }
        return SolverConfig.createFromXmlFile(file.toFile(), BuiltInConfigs.class.getClassLoader());
    }
}
