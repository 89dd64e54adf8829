package dev.crosswalk.unified;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.util.MultiValueMap;

/**
 * The query parameters one unified resource accepts: the common ones ({@code limit},
 * {@code next_cursor}, {@code include_remote_data}) plus its own filters. Declared once per
 * resource; parsing rejects unknown, repeated, empty and malformed parameters with a 400 that names
 * the parameter, so no filter is ever silently dropped.
 *
 * <pre>{@code
 * static final ResourceQuery QUERY = ResourceQuery.of("candidates")
 *         .filter("created_after", FilterType.INSTANT)
 *         .filter("email", FilterType.TEXT);
 * }</pre>
 */
public final class ResourceQuery {

    static final String LIMIT = "limit";
    static final String NEXT_CURSOR = "next_cursor";
    static final String INCLUDE_REMOTE_DATA = "include_remote_data";
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 100;

    private final String resource;
    private final Map<String, FilterType> filters;
    private final Set<String> required;
    private final Map<String, Set<String>> choices;

    private ResourceQuery(
            String resource, Map<String, FilterType> filters, Set<String> required, Map<String, Set<String>> choices) {
        this.resource = resource;
        this.filters = Collections.unmodifiableMap(filters);
        this.required = Collections.unmodifiableSet(required);
        this.choices = Collections.unmodifiableMap(choices);
    }

    /** A resource without filters yet; {@code resource} is its path segment, e.g. {@code candidates}. */
    public static ResourceQuery of(String resource) {
        return new ResourceQuery(resource, new LinkedHashMap<>(), new TreeSet<>(), new LinkedHashMap<>());
    }

    /** Adds an optional filter. */
    public ResourceQuery filter(String name, FilterType type) {
        Map<String, FilterType> more = new LinkedHashMap<>(filters);
        more.put(name, type);
        return new ResourceQuery(resource, more, new TreeSet<>(required), new LinkedHashMap<>(choices));
    }

    /** Adds a filter that every list request must carry (e.g. {@code job_id} for interview stages). */
    public ResourceQuery requiredFilter(String name, FilterType type) {
        Set<String> more = new TreeSet<>(required);
        more.add(name);
        return new ResourceQuery(resource, filter(name, type).filters, more, new LinkedHashMap<>(choices));
    }

    /**
     * Adds an optional filter whose value must be one of {@code allowed} (an enum of the unified
     * schema, e.g. {@code status}); read case-insensitively, normalized to lower case, anything
     * else is a 400 listing the allowed values.
     */
    public ResourceQuery choiceFilter(String name, Set<String> allowed) {
        Map<String, Set<String>> more = new LinkedHashMap<>(choices);
        more.put(name, Collections.unmodifiableSet(new TreeSet<>(allowed)));
        return new ResourceQuery(resource, filter(name, FilterType.TEXT).filters, new TreeSet<>(required), more);
    }

    public String resource() {
        return resource;
    }

    /** Reads a list request's query string. */
    public ListQuery parseList(MultiValueMap<String, String> parameters) {
        Map<String, String> single = singleValues(parameters, allowedForList());
        int limit = single.containsKey(LIMIT) ? limit(single.get(LIMIT)) : DEFAULT_LIMIT;
        boolean remoteData = single.containsKey(INCLUDE_REMOTE_DATA)
                && (Boolean) FilterType.FLAG.parse(INCLUDE_REMOTE_DATA, single.get(INCLUDE_REMOTE_DATA));
        Map<String, Object> values = new TreeMap<>();
        filters.forEach((name, type) -> {
            if (single.containsKey(name)) {
                values.put(
                        name,
                        choices.containsKey(name)
                                ? choice(name, single.get(name))
                                : type.parse(name, single.get(name)));
            }
        });
        for (String name : required) {
            if (!values.containsKey(name)) {
                throw ListQuery.invalid(name, "is required");
            }
        }
        return new ListQuery(resource, limit, single.get(NEXT_CURSOR), remoteData, values);
    }

    /** Reads a single-record request's query string: only {@code include_remote_data} is allowed. */
    public boolean parseIncludeRemoteData(MultiValueMap<String, String> parameters) {
        Map<String, String> single = singleValues(parameters, Set.of(INCLUDE_REMOTE_DATA));
        return single.containsKey(INCLUDE_REMOTE_DATA)
                && (Boolean) FilterType.FLAG.parse(INCLUDE_REMOTE_DATA, single.get(INCLUDE_REMOTE_DATA));
    }

    private String choice(String name, String raw) {
        String value = raw.trim().toLowerCase(java.util.Locale.ROOT);
        if (!choices.get(name).contains(value)) {
            throw ListQuery.invalid(name, "must be one of: " + String.join(", ", choices.get(name)));
        }
        return value;
    }

    private Set<String> allowedForList() {
        Set<String> allowed = new TreeSet<>(filters.keySet());
        allowed.addAll(List.of(LIMIT, NEXT_CURSOR, INCLUDE_REMOTE_DATA));
        return allowed;
    }

    private static Map<String, String> singleValues(MultiValueMap<String, String> parameters, Set<String> allowed) {
        Map<String, String> single = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> parameter : new TreeMap<>(parameters).entrySet()) {
            String name = parameter.getKey();
            if (!allowed.contains(name)) {
                throw ListQuery.invalid(
                        name,
                        "is not a supported parameter here; supported: " + String.join(", ", new TreeSet<>(allowed)));
            }
            List<String> values = parameter.getValue();
            if (values.size() != 1) {
                throw ListQuery.invalid(name, "must be given once");
            }
            String value = values.get(0);
            if (value == null || value.isBlank()) {
                throw ListQuery.invalid(name, "must not be empty");
            }
            single.put(name, value);
        }
        return single;
    }

    private static int limit(String raw) {
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below, like an out-of-range number
        }
        throw ListQuery.invalid(LIMIT, "must be an integer from 1 to " + MAX_LIMIT);
    }
}
