package io.hyperseed.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A class loader that gives one solver framework its own copy of its classes and resources, so that two frameworks
 * that ship a resource under the same name can run in one JVM. Timefold 2.x and OptaPlanner 10 both ship
 * {@code /solver.xsd} at the jar root and each validates its XML configs against "its" schema found through its own
 * class loader: on one class path, whichever jar comes second reads the other's schema and rejects every config.
 *
 * <p>The loader holds the class path entries whose location contains the framework's {@code marker} (e.g.
 * {@code optaplanner}: the engine jars and Hyperseed's adapter); classes of the given package prefixes are defined
 * by it (child first), resources are looked up in its entries first; everything else (Hyperseed core, DJL, JAXB,
 * Drools) is shared with the application class loader. Built in {@code O(class path entries)}.
 */
final class IsolatedFramework extends URLClassLoader {

    private final List<String> packagePrefixes;

    private IsolatedFramework(URL[] urls, ClassLoader parent, List<String> packagePrefixes) {
        super("hyperseed-" + packagePrefixes.get(0), urls, parent);
        this.packagePrefixes = List.copyOf(packagePrefixes);
    }

    /**
     * A loader for the class path entries of {@code parent} whose location contains {@code marker}, defining the
     * classes under {@code packagePrefixes} itself; null when no entry matches.
     */
    static IsolatedFramework of(ClassLoader parent, String marker, List<String> packagePrefixes) {
        Set<URL> roots = new LinkedHashSet<>();
        for (String probe : List.of("META-INF/MANIFEST.MF", "META-INF/services/io.hyperseed.core.solve.HybridSolver")) {
            for (URL url : resources(parent, probe)) {
                URL root = root(url.toString(), probe);
                if (entryName(root).contains(marker)) {
                    roots.add(root);
                }
            }
        }
        return roots.isEmpty() ? null : new IsolatedFramework(roots.toArray(URL[]::new), parent, packagePrefixes);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!isolated(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> type = findLoadedClass(name);
            if (type == null) {
                type = findClass(name);
            }
            if (resolve) {
                resolveClass(type);
            }
            return type;
        }
    }

    @Override
    public URL getResource(String name) {
        URL own = findResource(name);
        return own != null ? own : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        List<URL> all = new ArrayList<>(Collections.list(findResources(name)));
        for (URL url : Collections.list(getParent().getResources(name))) {
            if (!all.contains(url)) {
                all.add(url);
            }
        }
        return Collections.enumeration(all);
    }

    private boolean isolated(String className) {
        for (String prefix : packagePrefixes) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static List<URL> resources(ClassLoader loader, String name) {
        try {
            return Collections.list(loader.getResources(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The name that identifies a class path entry: the jar's file name, or for a {@code target/classes} folder the
     * module folder's name (so that a project path containing the marker does not match everything).
     */
    static String entryName(URL root) {
        String path = root.getPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.endsWith("/target/classes")) {
            path = path.substring(0, path.length() - "/target/classes".length());
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The class path entry a resource URL comes from: {@code jar:file:/x.jar!/probe} gives {@code file:/x.jar}. */
    private static URL root(String resourceUrl, String probe) {
        String base = resourceUrl.substring(0, resourceUrl.length() - probe.length());
        if (base.startsWith("jar:") && base.endsWith("!/")) {
            base = base.substring(4, base.length() - 2);
        }
        try {
            return URI.create(base).toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot use the class path entry (" + base + ") of " + resourceUrl, e);
        }
    }
}
