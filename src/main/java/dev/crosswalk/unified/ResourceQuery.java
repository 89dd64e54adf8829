package dev.crosswalk.unified;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.util.MultiValueMap;

/**
 * The query parameters one unified resource accepts: the common ones ({@code limit},
 * {@code next_cursor}, {@code include_remote_data}) plus its own filters, each documented. Parsing
 * rejects unknown, repeated, empty and malformed parameters with a 400 that names the parameter, so
 * no filter is ever silently dropped.
 *
 * <pre>{@code
 * ResourceQuery.of("candidates")
 *         .filter("created_after", FilterType.INSTANT, "Only candidates created after this timestamp")
 *         .filter("email", FilterType.TEXT, "Candidates with this email address");
 * }</pre>
 */
public final class ResourceQuery {

    public static final String LIMIT = "limit";
    public static final String NEXT_CURSOR = "next_cursor";
    public static final String INCLUDE_REMOTE_DATA = "include_remote_data";
    public static final String SYNC = "sync";
    public static final String SYNC_TOKEN = "sync_token";
    public static final String UPDATED_AFTER = "updated_after";
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;

    private final String resource;
    private final Map<String, Filter> filters;
    private final boolean syncable;

    private ResourceQuery(String resource, Map<String, Filter> filters, boolean syncable) {
        this.resource = resource;
        this.filters = Collections.unmodifiableMap(filters);
        this.syncable = syncable;
    }

    /** A resource without filters yet; {@code resource} is its path segment, e.g. {@code candidates}. */
    public static ResourceQuery of(String resource) {
        return new ResourceQuery(resource, new LinkedHashMap<>(), false);
    }

    /** Accepts {@code sync} and {@code sync_token}: the vendor can list what changed since a pass. */
    public ResourceQuery syncable() {
        return new ResourceQuery(resource, new LinkedHashMap<>(filters), true);
    }

    public boolean isSyncable() {
        return syncable;
    }

    /** Adds an optional filter. */
    public ResourceQuery filter(String name, FilterType type, String description) {
        return with(new Filter(name, type, false, Set.of(), description));
    }

    /** Adds a filter that every list request must carry (e.g. {@code job_id} for interview stages). */
    public ResourceQuery requiredFilter(String name, FilterType type, String description) {
        return with(new Filter(name, type, true, Set.of(), description));
    }

    /**
     * Adds an optional filter whose value must be one of {@code allowed} (an enum of the unified
     * schema, e.g. {@code status}); read case-insensitively, normalized to lower case, anything
     * else is a 400 listing the allowed values.
     */
    public ResourceQuery choiceFilter(String name, Set<String> allowed, String description) {
        return with(new Filter(name, FilterType.TEXT, false, allowed, description));
    }

    private ResourceQuery with(Filter filter) {
        Map<String, Filter> more = new LinkedHashMap<>(filters);
        more.put(filter.name(), filter);
        return new ResourceQuery(resource, more, syncable);
    }

    public String resource() {
        return resource;
    }

    /** The filters in the order they were declared. */
    public List<Filter> filters() {
        return List.copyOf(filters.values());
    }

    /** Reads a list request's query string. */
    public ListQuery parseList(MultiValueMap<String, String> parameters) {
        Map<String, String> single = singleValues(parameters, allowedForList());
        int limit = single.containsKey(LIMIT) ? limit(single.get(LIMIT)) : DEFAULT_LIMIT;
        boolean remoteData = flag(single, INCLUDE_REMOTE_DATA);
        Map<String, Object> values = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        for (Filter filter : filters.values()) {
            String raw = single.get(filter.name());
            if (raw != null) {
                values.put(
                        filter.name(),
                        filter.choices().isEmpty() ? filter.type().parse(filter.name(), raw) : choice(filter, raw));
            } else if (filter.required()) {
                missing.add(filter.name());
            }
        }
        if (!missing.isEmpty()) {
            throw ListQuery.invalid(missing.get(0), "is required");
        }
        boolean sync = flag(single, SYNC);
        String syncToken = single.get(SYNC_TOKEN);
        if ((sync || syncToken != null) && !syncable) {
            throw ListQuery.syncUnsupported("The ATS cannot list what changed in " + resource
                    + " since an earlier pass, so this resource has no incremental sync: list it in full "
                    + "(without sync and sync_token)");
        }
        return new ListQuery(resource, limit, single.get(NEXT_CURSOR), remoteData, values, sync, syncToken);
    }

    /** Reads a single-record request's query string: only {@code include_remote_data} is allowed. */
    public boolean parseIncludeRemoteData(MultiValueMap<String, String> parameters) {
        return flag(singleValues(parameters, Set.of(INCLUDE_REMOTE_DATA)), INCLUDE_REMOTE_DATA);
    }

    private static boolean flag(Map<String, String> single, String name) {
        return single.containsKey(name) && (Boolean) FilterType.FLAG.parse(name, single.get(name));
    }

    private static String choice(Filter filter, String raw) {
        String value = raw.trim().toLowerCase(Locale.ROOT);
        if (!filter.choices().contains(value)) {
            throw ListQuery.invalid(
                    filter.name(), "must be one of: " + String.join(", ", new TreeSet<>(filter.choices())));
        }
        return value;
    }

    private Set<String> allowedForList() {
        Set<String> allowed = new TreeSet<>(filters.keySet());
        allowed.addAll(List.of(LIMIT, NEXT_CURSOR, INCLUDE_REMOTE_DATA, SYNC, SYNC_TOKEN));
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
