package io.hyperseed.optaplanner;

import io.hyperseed.core.solve.HybridPolicy;
import io.hyperseed.core.solve.SolveOptions;
import io.hyperseed.optaplanner.domain.BinarySolution;
import io.hyperseed.optaplanner.domain.MaxCutSolution;
import java.nio.file.Files;
import java.nio.file.Path;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * The shipped solver configurations, by name ({@link SolveOptions#BUILT_IN_CONFIGS}) and solution type, and
 * loading of a user's XML file. Resources (named as the Timefold adapter's): {@code neural-tabu} is
 * {@code io/hyperseed/optaplanner/maxCutNeuralTabuSolverConfig.xml} or {@code programNeuralTabuSolverConfig.xml}.
 */
public final class SolverConfigs {

    private SolverConfigs() {}

    /** The class-path resource of built-in config {@code name} for {@code solutionClass}. */
    public static String resource(String name, Class<? extends BinarySolution> solutionClass) {
        return HybridPolicy.configResource(
                OptaplannerHybridSolver.FRAMEWORK, name, MaxCutSolution.class.isAssignableFrom(solutionClass));
    }

    /** The built-in config {@code name} for {@code solutionClass}, as a fresh mutable {@link SolverConfig}. */
    public static SolverConfig builtIn(String name, Class<? extends BinarySolution> solutionClass) {
        return SolverConfig.createFromXmlResource(resource(name, solutionClass), SolverConfigs.class.getClassLoader());
    }

    /**
     * {@code nameOrPath} as a built-in name for {@code solutionClass}, else as an XML file; fails naming both
     * options when it is neither.
     */
    public static SolverConfig load(String nameOrPath, Class<? extends BinarySolution> solutionClass) {
        if (SolveOptions.BUILT_IN_CONFIGS.contains(nameOrPath)) {
            return builtIn(nameOrPath, solutionClass);
        }
        Path file = Path.of(nameOrPath);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("The config (" + nameOrPath + ") is neither a built-in name nor a "
                    + "file. Maybe one of " + SolveOptions.BUILT_IN_CONFIGS + " or a path to a solver XML?");
        }
        return SolverConfig.createFromXmlFile(file.toFile(), SolverConfigs.class.getClassLoader());
    }
}
