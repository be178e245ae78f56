package io.hyperseed.neural;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Applies properties given by name and text value (as in solver XML or on a command line) through the public
 * one-argument setters of a class, so that a property is declared once, as its setter: {@code setEpochs(int)} is
 * the property {@code epochs}. Setter parameters of type {@code int}, {@code long}, {@code double},
 * {@code boolean} (strict {@code true|false}) and {@code String} (passed as is) count; setters of other types
 * (e.g. a listener) are not properties. Unknown names fail with the list of known ones, non-numeric values with
 * the name and value. Lookup {@code O(log k)} for {@code k} properties; the setter table is built once per class.
 */
public final class PropertySetters {

    private static final ClassValue<PropertySetters> TABLES = new ClassValue<>() {
        @Override
        protected PropertySetters computeValue(Class<?> type) {
            return new PropertySetters(type);
        }
    };

    private final Map<String, Method> setters = new TreeMap<>();

    private PropertySetters(Class<?> type) {
        for (Method m : type.getMethods()) {
            String name = m.getName();
            if (name.length() > 3
                    && name.startsWith("set")
                    && m.getParameterCount() == 1
                    && !Modifier.isStatic(m.getModifiers())
                    && isPropertyType(m.getParameterTypes()[0])) {
                setters.put(Character.toLowerCase(name.charAt(3)) + name.substring(4), m);
            }
        }
    }

    private static boolean isPropertyType(Class<?> type) {
        return type == int.class
                || type == long.class
                || type == double.class
                || type == boolean.class
                || type == String.class;
    }

    /** The setter table of {@code type}. */
    public static PropertySetters of(Class<?> type) {
        return TABLES.get(type);
    }

    /** The property names, sorted. */
    public Set<String> names() {
        return Collections.unmodifiableSet(setters.keySet());
    }

    /** Sets property {@code name} of {@code target} from its text {@code value}. */
    public void apply(Object target, String name, String value) {
        Method setter = setters.get(name);
        if (setter == null) {
            throw new IllegalArgumentException("The neural property (" + name + ") is unknown. Maybe one of: "
                    + String.join(", ", setters.keySet()) + "?");
        }
        Class<?> type = setter.getParameterTypes()[0];
        Object argument;
        try {
            argument = type == int.class
                    ? Integer.parseInt(value.trim())
                    : type == long.class
                            ? Long.parseLong(value.trim())
                            : type == double.class
                                    ? Double.parseDouble(value.trim())
                                    : type == boolean.class ? PropertyValues.strictBoolean(value) : value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "The neural property " + name + " has a non-numeric value (" + value + ").", e);
        }
        try {
            setter.invoke(target, argument);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("The setter of " + name + " failed (" + e.getCause() + ").", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(
                    "The setter of " + name + " is not accessible (" + e.getMessage()
                            + "). Maybe the phase class is not public?",
                    e);
        }
    }
}
