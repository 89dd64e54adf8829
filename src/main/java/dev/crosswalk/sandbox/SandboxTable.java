package dev.crosswalk.sandbox;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One kind of object of an organisation, kept in the order lists are served in: (createdAt, id).
 * That order never changes for a record, so a cursor holding the last key served resumes exactly
 * after it even while other records are written — traversals neither repeat nor drop a record.
 * An optional group (the candidate of a note, the application of an offer, the job of an
 * application) has its own ordered index so filtered lists do not scan the whole table.
 * Reads are lock-free; the organisation serializes writes.
 */
final class SandboxTable<T> {

    /** The position of a record in list order. */
    record Key(long createdMs, UUID id) implements Comparable<Key> {

        @Override
        public int compareTo(Key other) {
            int byTime = Long.compare(createdMs, other.createdMs);
            return byTime != 0 ? byTime : id.compareTo(other.id);
        }
    }

    /**
     * A stored record with its list position, group and the change number of its last write.
     * Rows are immutable (a write stores a new row), so the JSON a list serves for the record can
     * be kept with it: pages are then stitched from ready bytes instead of serialized again. The
     * bytes are softly held, so memory pressure drops them rather than the organisation.
     */
    static final class Row<T> {

        private final Key key;
        private final UUID group;
        private final T value;
        private final long changeSeq;
        private volatile SoftReference<byte[]> listJson;

        Row(Key key, UUID group, T value, long changeSeq) {
            this.key = key;
            this.group = group;
            this.value = value;
            this.changeSeq = changeSeq;
        }

        Key key() {
            return key;
        }

        UUID group() {
            return group;
        }

        T value() {
            return value;
        }

        long changeSeq() {
            return changeSeq;
        }

        /** The record as list pages serve it, rendered once by {@code render}. */
        byte[] listJson(Function<T, byte[]> render) {
            SoftReference<byte[]> cached = listJson;
            byte[] json = cached != null ? cached.get() : null;
            if (json == null) {
                json = render.apply(value);
                listJson = new SoftReference<>(json);
            }
            return json;
        }
    }

    /** Up to {@code limit} matching rows after a key, and whether more would follow. */
    record Slice<T>(List<Row<T>> rows, boolean more) {}

    private final NavigableMap<Key, Row<T>> ordered = new ConcurrentSkipListMap<>();
    private final Map<UUID, Row<T>> byId = new ConcurrentHashMap<>();
    private final Map<UUID, NavigableMap<Key, Row<T>>> byGroup = new ConcurrentHashMap<>();

    /** Inserts or replaces the record with this id; its list position is fixed by its first insert. */
    Row<T> put(UUID id, long createdMs, UUID group, T value, long changeSeq) {
        Row<T> previous = byId.get(id);
        Key key = previous != null ? previous.key() : new Key(createdMs, id);
        Row<T> row = new Row<>(key, group, value, changeSeq);
        ordered.put(key, row);
        if (group != null) {
            byGroup.computeIfAbsent(group, g -> new ConcurrentSkipListMap<>()).put(key, row);
        }
        byId.put(id, row);
        return row;
    }

    T get(UUID id) {
        Row<T> row = id != null ? byId.get(id) : null;
        return row != null ? row.value() : null;
    }

    Row<T> row(UUID id) {
        return id != null ? byId.get(id) : null;
    }

    int size() {
        return byId.size();
    }

    Collection<Row<T>> rows() {
        return ordered.values();
    }

    Collection<Row<T>> rowsOf(UUID group) {
        NavigableMap<Key, Row<T>> rows = byGroup.get(group);
        return rows != null ? rows.values() : List.of();
    }

    /**
     * Matching rows after {@code after} (from the start when null), in list order, within one group
     * when {@code group} is not null.
     */
    Slice<T> slice(Key after, UUID group, Predicate<Row<T>> filter, int limit) {
        NavigableMap<Key, Row<T>> source =
                group == null ? ordered : byGroup.getOrDefault(group, Collections.emptyNavigableMap());
        NavigableMap<Key, Row<T>> tail = after == null ? source : source.tailMap(after, false);
        List<Row<T>> rows = new ArrayList<>(Math.min(limit, 128));
        for (Row<T> row : tail.values()) {
            if (filter.test(row)) {
                if (rows.size() == limit) {
                    return new Slice<>(rows, true);
                }
                rows.add(row);
            }
        }
        return new Slice<>(rows, false);
    }

    /** How many rows match, counting no further than {@code atMost}. */
    int count(UUID group, Predicate<Row<T>> filter, int atMost) {
        Collection<Row<T>> rows = group == null ? ordered.values() : rowsOf(group);
        int matching = 0;
        for (Row<T> row : rows) {
            if (filter.test(row) && ++matching >= atMost) {
                break;
            }
        }
        return matching;
    }
}
