package io.hyperseed.cli;

import io.hyperseed.core.io.Instance;
import io.hyperseed.core.solve.HybridSolver;
import io.hyperseed.core.solve.SolveListener;
import io.hyperseed.core.solve.SolveOptions;
import io.hyperseed.core.solve.SolveResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * The {@link HybridSolver}s on the classpath (registered in {@code META-INF/services}), found by
 * {@link HybridSolver#framework()}. OptaPlanner is loaded through an {@link IsolatedFramework} class loader, because
 * its jars and Timefold's both ship {@code /solver.xsd}; every other framework comes from the application class
 * loader. {@code O(number of providers)} per lookup; the isolated loader is built once, and only when the
 * isolated framework is asked for or listed: a Timefold solve never scans the class path for it nor loads its
 * classes (start-up time).
 */
public final class Solvers {

    /** The framework run in its own class loader, and the package prefixes that loader defines. */
    private static final String ISOLATED = "optaplanner";

    private static final List<String> ISOLATED_PACKAGES = List.of("org.optaplanner.", "io.hyperseed.optaplanner.");

    private static volatile IsolatedFramework isolated;
    private static volatile boolean isolatedLookedUp;

    private Solvers() {}

    /** The framework names on the classpath, in service order. */
    public static List<String> frameworks() {
        return all().stream().map(HybridSolver::framework).toList();
    }

    /**
     * The solver for {@code framework} (case-insensitive).
     *
     * @throws IllegalArgumentException when none is registered, naming the ones that are
     */
    public static HybridSolver byFramework(String framework) {
        String wanted = framework.trim().toLowerCase(Locale.ROOT);
        if (!wanted.equals(ISOLATED)) {
            HybridSolver shared = shared(wanted);
            if (shared != null) {
                return shared;
            }
        }
        for (HybridSolver solver : all()) {
            if (solver.framework().equalsIgnoreCase(wanted)) {
                return solver;
            }
        }
        throw new IllegalArgumentException("The framework (" + framework + ") has no solver on the classpath. "
                + "Maybe one of: " + String.join(", ", frameworks()) + "?");
    }

    /**
     * The solver for {@code wanted} from the application class loader, skipping the isolated framework's providers
     * without instantiating them; null when none matches.
     */
    private static HybridSolver shared(String wanted) {
        ClassLoader app = Solvers.class.getClassLoader();
        for (ServiceLoader.Provider<HybridSolver> provider :
                ServiceLoader.load(HybridSolver.class, app).stream().toList()) {
            if (isolatedClass(provider.type().getName())) {
                continue;
            }
            HybridSolver solver = provider.get();
            if (solver.framework().equalsIgnoreCase(wanted)) {
                return solver;
            }
        }
        return null;
    }

    private static boolean isolatedClass(String className) {
        for (String prefix : ISOLATED_PACKAGES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static List<HybridSolver> all() {
        List<HybridSolver> solvers = new ArrayList<>();
        ClassLoader app = Solvers.class.getClassLoader();
        IsolatedFramework loader = isolatedLoader(app);
        for (HybridSolver solver : ServiceLoader.load(HybridSolver.class, app)) {
            if (loader == null || !solver.framework().equals(ISOLATED)) {
                solvers.add(solver);
            }
        }
        if (loader != null) {
            for (HybridSolver solver : ServiceLoader.load(HybridSolver.class, loader)) {
                if (solver.framework().equals(ISOLATED) && solver.getClass().getClassLoader() == loader) {
                    solvers.add(new ContextLoaderSolver(solver, loader));
                }
            }
        }
        return solvers;
    }

    /**
     * Runs a solver with its class loader as the thread's context class loader, so that the class names in its
     * XML configs resolve to its own classes.
     */
    private record ContextLoaderSolver(HybridSolver delegate, ClassLoader loader) implements HybridSolver {

        @Override
        public String framework() {
            return delegate.framework();
        }

        @Override
        public SolveResult solve(Instance instance, SolveOptions options, SolveListener listener) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                return delegate.solve(instance, options, listener);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    private static IsolatedFramework isolatedLoader(ClassLoader app) {
        if (!isolatedLookedUp) {
            synchronized (Solvers.class) {
                if (!isolatedLookedUp) {
                    isolated = IsolatedFramework.of(app, ISOLATED, ISOLATED_PACKAGES);
                    isolatedLookedUp = true;
                }
            }
        }
        return isolated;
    }
}
