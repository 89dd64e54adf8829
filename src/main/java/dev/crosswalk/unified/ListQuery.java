package dev.crosswalk.unified;

import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A validated list request: page size, the client's cursor (still sealed), whether to add
 * {@code remote_data}, the filters as typed, normalized values, and whether it is part of an
 * incremental sync: {@code sync} for a pass that ends with a sync token, {@code syncToken} (still
 * sealed) for a pass that lists only what changed since that token. Built by {@link ResourceQuery}.
 */
public record ListQuery(
        String resource,
        int limit,
        String cursor,
        boolean includeRemoteData,
        Map<String, Object> filters,
        boolean sync,
        String syncToken) {

    public ListQuery {
        filters = Map.copyOf(filters);
        sync = sync || syncToken != null;
    }

    /** A listing that is not part of a sync. */
    public ListQuery(
            String resource, int limit, String cursor, boolean includeRemoteData, Map<String, Object> filters) {
        this(resource, limit, cursor, includeRemoteData, filters, false, null);
    }

    public String text(String name) {
        return (String) filters.get(name);
    }

    public Instant instant(String name) {
        return (Instant) filters.get(name);
    }

    public Boolean flag(String name) {
        return (Boolean) filters.get(name);
    }

    public boolean has(String name) {
        return filters.containsKey(name);
    }

    /** The filters in one canonical spelling (sorted, normalized) — what a cursor is bound to. */
    public String canonicalFilters() {
        return new java.util.TreeMap<>(filters)
                .entrySet().stream()
                        .map(filter -> {
                            // length-prefixed so that no value can imitate a second filter
                            String value = FilterType.canonical(filter.getValue());
                            return filter.getKey() + "=" + value.length() + ":" + value;
                        })
                        .collect(Collectors.joining("\n"));
    }

    /**
     * What a cursor is bound to besides tenant and resource: the filters and, in a sync, the pass
     * (a full pass, or the delta since one token), so a cursor only continues the pass that issued it.
     */
    public String cursorScope() {
        if (!sync) {
            return canonicalFilters();
        }
        return canonicalFilters() + "\n#sync" + (syncToken == null ? "" : "=" + syncToken.length() + ":" + syncToken);
    }

    /** A 400 {@code sync_unsupported} naming what prevents a sync (a resource or a filter). */
    public static CrosswalkException syncUnsupported(String detail) {
        return new CrosswalkException(ProblemCode.SYNC_UNSUPPORTED, detail);
    }

    /** A 400 {@code invalid_request} that names the parameter at fault. */
    public static CrosswalkException invalid(String parameter, String problem) {
        String name = parameter.length() > 64 ? parameter.substring(0, 64) + "…" : parameter;
        return new CrosswalkException(ProblemCode.INVALID_REQUEST, "Parameter '" + name + "' " + problem);
    }
}
