package dev.crosswalk.unified;

import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A validated list request: page size, the client's cursor (still sealed), whether to add
 * {@code remote_data}, and the filters as typed, normalized values. Built by {@link ResourceQuery}.
 */
public record ListQuery(
        String resource, int limit, String cursor, boolean includeRemoteData, Map<String, Object> filters) {

    public ListQuery {
        filters = Map.copyOf(filters);
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

    /** A 400 {@code invalid_request} that names the parameter at fault. */
    public static CrosswalkException invalid(String parameter, String problem) {
        String name = parameter.length() > 64 ? parameter.substring(0, 64) + "…" : parameter;
        return new CrosswalkException(ProblemCode.INVALID_REQUEST, "Parameter '" + name + "' " + problem);
    }
}
