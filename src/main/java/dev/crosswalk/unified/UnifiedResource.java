package dev.crosswalk.unified;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One unified resource, described once: its name and record, its filters, the words of its list
 * and get operations, and its writes. The REST routes and their OpenAPI text, the paging with
 * cursors and the agent tools all come from this description; a vendor serves it through a
 * {@link ResourceSource}.
 *
 * <pre>{@code
 * UnifiedResource.builder("departments", "department", Department.class)
 *         .tag("Departments", "The organisation's departments")
 *         .query(query -> query.filter("include_archived", FilterType.FLAG, "Also list archived departments"))
 *         .listed("List departments", "...", query -> new DepartmentFilter(...))
 *         .gotById("Get a department", "...")
 *         .build();
 * }</pre>
 *
 * @param <R> the unified record
 * @param <F> the typed filters a source receives
 */
public final class UnifiedResource<R, F> {

    private final String name;
    private final String singular;
    private final Class<R> record;
    private final Documentation tag;
    private final ResourceQuery query;
    private final Function<ListQuery, F> filters;
    private final Documentation list;
    private final Documentation get;
    private final List<WriteRoute<?, ?, ?>> writes;
    private final Function<R, Instant> updatedAt;

    private UnifiedResource(Builder<R, F> builder) {
        this.name = builder.name;
        this.singular = builder.singular;
        this.record = builder.record;
        this.tag = Objects.requireNonNull(builder.tag, () -> builder.name + ": no tag");
        ResourceQuery query = builder.query;
        if (builder.syncable) {
            query = query.syncable();
        }
        if (builder.updatedAt != null) {
            query = query.filter(
                    ResourceQuery.UPDATED_AFTER,
                    FilterType.INSTANT,
                    "Only records changed after this ISO-8601 timestamp. The ATS cannot filter on it: the gateway "
                            + "reads every page of the listing and keeps the records changed since, so pages may "
                            + "hold fewer than limit records (even none) before the last one. To follow changes "
                            + "cheaply, use an incremental sync (sync=true, then sync_token) where the resource has one.");
        }
        this.query = query;
        this.updatedAt = builder.updatedAt;
        this.filters = Objects.requireNonNull(builder.filters, () -> builder.name + ": not listed");
        this.list = builder.list;
        this.get = builder.get;
        this.writes = List.copyOf(builder.writes);
        for (WriteRoute<?, ?, ?> write : writes) {
            if (write.creates() && write.findCreated() == null) {
                throw new IllegalStateException(write.operationId() + ": a creation needs a look-up for retries");
            }
        }
    }

    /** Starts a description: {@code name} is the path segment ({@code job_interview_stages}), {@code singular} names one record. */
    public static <R> Builder<R, Void> builder(String name, String singular, Class<R> record) {
        return new Builder<>(name, singular, record);
    }

    /** The path segment and the resource's name everywhere: {@code candidates}. */
    public String name() {
        return name;
    }

    /** One record's name: {@code candidate}, {@code job_interview_stage}. */
    public String singular() {
        return singular;
    }

    public Class<R> record() {
        return record;
    }

    /** The group the resource's operations are shown under: a title and what the records are. */
    public Documentation tag() {
        return tag;
    }

    public ResourceQuery query() {
        return query;
    }

    /** The typed filters of a parsed list request; may reject combinations with a 400 naming the parameter. */
    public F filters(ListQuery listQuery) {
        return filters.apply(listQuery);
    }

    public Documentation list() {
        return list;
    }

    /** Whether one record can be read by id ({@code GET /unified/ats/{name}/{id}}). */
    public boolean hasGet() {
        return get != null;
    }

    /** The get operation's words; null when the resource has no get. */
    public Documentation get() {
        return get;
    }

    public List<WriteRoute<?, ?, ?>> writes() {
        return writes;
    }

    /** Whether a listing can be followed incrementally ({@code sync=true}, then {@code sync_token}). */
    public boolean syncs() {
        return query.isSyncable();
    }

    /**
     * Whether the record passes {@code updated_after} (the gateway's filter: no vendor filters on it);
     * records of resources without {@code updated_at}, and listings without the filter, always pass.
     */
    public boolean updatedAfter(R record, Instant after) {
        if (updatedAt == null || after == null) {
            return true;
        }
        Instant changed = updatedAt.apply(record);
        return changed != null && changed.isAfter(after);
    }

    /** {@code listCandidates}, {@code listJobInterviewStages}. */
    public String listOperationId() {
        return "list" + camel(name);
    }

    /** {@code getCandidate}, {@code getJobInterviewStage}. */
    public String getOperationId() {
        return "get" + camel(singular);
    }

    private static String camel(String snake) {
        StringBuilder camel = new StringBuilder();
        for (String part : snake.split("_")) {
            camel.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return camel.toString();
    }

    @Override
    public String toString() {
        return "UnifiedResource[" + name + "]";
    }

    /** Collects a description; {@link #listed} fixes the filter type. */
    public static final class Builder<R, F> {

        private final String name;
        private final String singular;
        private final Class<R> record;
        private Documentation tag;
        private ResourceQuery query;
        private Function<ListQuery, F> filters;
        private Documentation list;
        private Documentation get;
        private final List<WriteRoute<?, ?, ?>> writes = new ArrayList<>();
        private boolean syncable;
        private Function<R, Instant> updatedAt;

        private Builder(String name, String singular, Class<R> record) {
            this.name = name;
            this.singular = singular;
            this.record = record;
            this.query = ResourceQuery.of(name);
        }

        public Builder<R, F> tag(String title, String description) {
            this.tag = new Documentation(title, description);
            return this;
        }

        /** Declares the resource's filters on its {@link ResourceQuery}. */
        public Builder<R, F> query(Function<ResourceQuery, ResourceQuery> filters) {
            this.query = filters.apply(ResourceQuery.of(name));
            return this;
        }

        /** The list operation, and how its parsed query becomes the source's typed filters. */
        @SuppressWarnings("unchecked")
        public <G> Builder<R, G> listed(String summary, String description, Function<ListQuery, G> filters) {
            Builder<R, G> typed = (Builder<R, G>) this;
            typed.list = new Documentation(summary, description);
            typed.filters = filters;
            return typed;
        }

        /** A get by id, {@code GET /unified/ats/{name}/{id}}. */
        public Builder<R, F> gotById(String summary, String description) {
            this.get = new Documentation(summary, description);
            return this;
        }

        /**
         * The vendor can list what changed since an earlier pass: lists accept {@code sync} and
         * {@code sync_token}. A fan-out resource may only say so when a changed parent re-lists all
         * its children.
         */
        public Builder<R, F> syncable() {
            this.syncable = true;
            return this;
        }

        /** The records carry {@code updated_at}: lists accept {@code updated_after}, filtered by the gateway. */
        public Builder<R, F> updatedAt(Function<R, Instant> updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        public Builder<R, F> write(WriteRoute<?, ?, ?> write) {
            writes.add(write);
            return this;
        }

        public UnifiedResource<R, F> build() {
            return new UnifiedResource<>(this);
        }
    }
}
