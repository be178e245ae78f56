package io.hyperseed.core.solve;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The entity list of a planning clone of binary-variable entities, kept as a snapshot of their values until someone
 * reads it. A framework clones the best solution at every new best; on 10^6 variables an eager clone allocates 10^6
 * entities each time (measured: most of a Timefold Tabu run's time at 10^6 vertices went to those clones, and the
 * garbage grew the heap past 3 GB), while almost no best solution is ever read entity by entity: the next one replaces
 * it. Here a clone costs one pass over the values into a byte array ({@code O(n)} reads, one allocation), a clone of a
 * clone that was never read shares that array ({@code O(1)}), and the entities are created, all at once, on the first
 * read ({@code O(n)}); from then on the list is an ordinary list of those entities, which the framework may change.
 *
 * <p>Only lists whose entity {@code i} has index {@code i} are snapshotted; any other list is copied eagerly. The
 * list itself is read-only (the framework never adds or removes entities). Materialisation is synchronised, so a
 * best solution may be read from a listener thread.
 *
 * @param <E> the entity type
 */
public final class ValueSnapshotList<E> extends AbstractList<E> implements RandomAccess {

    /** Creates an entity from its index and value ({@code null}: unassigned). */
    @FunctionalInterface
    public interface EntityFactory<E> {
        /** The entity with {@code index} and {@code value}. */
        E create(int index, Boolean value);
    }

    private static final byte FALSE = 0;
    private static final byte TRUE = 1;
    private static final byte UNASSIGNED = 2;

    private final byte[] values;
    private final EntityFactory<E> factory;
    private List<E> entities;

    private ValueSnapshotList(byte[] values, EntityFactory<E> factory) {
        this.values = values;
        this.factory = factory;
    }

    /**
     * A planning clone of {@code entities}: new entities with the same indexes and values, created by
     * {@code factory} when first read. {@code O(n)}, or {@code O(1)} for an unread snapshot.
     */
    public static <E> List<E> of(
            List<E> entities, ToIntFunction<E> index, Function<E, Boolean> value, EntityFactory<E> factory) {
        Objects.requireNonNull(factory, "factory");
        if (entities instanceof ValueSnapshotList<E> snapshot) {
            byte[] unread = snapshot.unreadValues();
            if (unread != null) {
                return new ValueSnapshotList<>(unread, factory);
            }
        }
        int n = entities.size();
        byte[] values = new byte[n];
        for (int i = 0; i < n; i++) {
            E entity = entities.get(i);
            if (index.applyAsInt(entity) != i) {
                return eager(entities, index, value, factory);
            }
            Boolean v = value.apply(entity);
            values[i] = v == null ? UNASSIGNED : v ? TRUE : FALSE;
        }
        return new ValueSnapshotList<>(values, factory);
    }

    private static <E> List<E> eager(
            List<E> entities, ToIntFunction<E> index, Function<E, Boolean> value, EntityFactory<E> factory) {
        List<E> copies = new ArrayList<>(entities.size());
        for (E entity : entities) {
            copies.add(factory.create(index.applyAsInt(entity), value.apply(entity)));
        }
        return copies;
    }

    /** The value snapshot when no entity was created yet (so none can have changed), else null. */
    private synchronized byte[] unreadValues() {
        return entities == null ? values : null;
    }

    /** True once the entities exist (for tests and diagnostics). */
    public synchronized boolean isMaterialised() {
        return entities != null;
    }

    private synchronized List<E> entities() {
        if (entities == null) {
            List<E> created = new ArrayList<>(values.length);
            for (int i = 0; i < values.length; i++) {
                byte v = values[i];
                created.add(factory.create(i, v == UNASSIGNED ? null : v == TRUE));
            }
            entities = created;
        }
        return entities;
    }

    @Override
    public E get(int index) {
        return entities().get(index);
    }

    @Override
    public int size() {
        return values.length;
    }
}
