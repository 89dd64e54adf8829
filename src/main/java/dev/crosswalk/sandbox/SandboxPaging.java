package dev.crosswalk.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * Ashby's cursor pagination and incremental sync, the same for every paged method: {@code limit}
 * 1–100 (default 100), {@code cursor} from the previous page, {@code syncToken} from the last page
 * of an earlier pass (then only records changed since are listed), {@code createdAfter} in epoch
 * milliseconds. The last page carries the sync token; pages before it carry the cursor. Every
 * paged table is served by one list method only, so each row keeps that method's JSON of it.
 */
final class SandboxPaging {

    static final int MAX_LIMIT = 100;

    private final SandboxCursor cursors;
    private final Duration cursorTtl;
    private final Duration syncTokenTtl;
    private final int maxIncrementalChanges;

    SandboxPaging(SandboxCursor cursors, Duration cursorTtl, Duration syncTokenTtl, int maxIncrementalChanges) {
        this.cursors = cursors;
        this.cursorTtl = cursorTtl;
        this.syncTokenTtl = syncTokenTtl;
        this.maxIncrementalChanges = maxIncrementalChanges;
    }

    /** A page of {@code table} (of one group when {@code group} is set) with the rows {@code filter} keeps. */
    <T> SandboxJson.Rendered page(
            SandboxCall call,
            SandboxTable<T> table,
            UUID group,
            Predicate<SandboxTable.Row<T>> filter,
            Function<T, ?> view) {
        return page(call, table, group, filter, view, true);
    }

    /**
     * As above; {@code cacheable} says whether {@code view} is the table's one list form, whose JSON is
     * kept per row. A view that depends on the request (e.g. {@code expand}) is rendered every time.
     */
    <T> SandboxJson.Rendered page(
            SandboxCall call,
            SandboxTable<T> table,
            UUID group,
            Predicate<SandboxTable.Row<T>> filter,
            Function<T, ?> view,
            boolean cacheable) {
        SandboxRequest request = call.request();
        int limit = limit(request);
        SandboxOrganisation org = call.org();
        SandboxCursor.Position position;
        String cursor = request.string("cursor");
        if (cursor != null) {
            position = cursors.readCursor(
                    cursor, org.id, call.method(), cursorTtl, call.knobs().expireCursors());
        } else {
            String syncToken = request.string("syncToken");
            long since = syncToken != null ? cursors.readSyncToken(syncToken, org.id, call.method(), syncTokenTtl) : -1;
            position = new SandboxCursor.Position(null, org.lastChange(), since);
        }
        Predicate<SandboxTable.Row<T>> keep = filter;
        long since = position.since();
        if (since >= 0) {
            keep = keep.and(row -> row.changeSeq() > since);
            if (cursor == null && table.count(group, keep, maxIncrementalChanges + 1) > maxIncrementalChanges) {
                throw new SandboxFailure(
                        "incremental_sync_too_large",
                        "More than " + maxIncrementalChanges + " records changed since the sync token was issued; "
                                + "do a full synchronisation");
            }
        }
        SandboxTable.Key after = position.last();
        Long createdAfter = request.longValue("createdAfter");
        if (createdAfter != null) {
            // Jump straight to the first record created after the instant: rows are in creation order.
            SandboxTable.Key floor = new SandboxTable.Key(createdAfter, new UUID(Long.MAX_VALUE, Long.MAX_VALUE));
            if (after == null || after.compareTo(floor) < 0) {
                after = floor;
            }
        }
        SandboxTable.Slice<T> slice = table.slice(after, group, keep, limit);
        Function<T, byte[]> render = value -> SandboxJson.MAPPER.writeValueAsBytes(view.apply(value));
        List<byte[]> results = new ArrayList<>(slice.rows().size());
        for (SandboxTable.Row<T> row : slice.rows()) {
            results.add(cacheable ? row.listJson(render) : render.apply(row.value()));
        }
        if (slice.more()) {
            SandboxTable.Key last = slice.rows().get(slice.rows().size() - 1).key();
            String next = cursors.cursor(
                    org.id, call.method(), new SandboxCursor.Position(last, position.startedAt(), since));
            return SandboxJson.page(results, true, next, null);
        }
        return SandboxJson.page(results, false, null, cursors.syncToken(org.id, call.method(), position.startedAt()));
    }

    <T> SandboxJson.Rendered page(SandboxCall call, SandboxTable<T> table, Predicate<SandboxTable.Row<T>> filter) {
        return page(call, table, null, filter, Function.identity());
    }

    private static int limit(SandboxRequest request) {
        JsonNode limit = request.node("limit");
        if (limit == null || limit.isNull()) {
            return MAX_LIMIT;
        }
        if (!SandboxRequestSchemas.isInteger(limit) || limit.asDouble() < 1 || limit.asDouble() > MAX_LIMIT) {
            throw SandboxFailure.invalidInput("limit must be a whole number from 1 to " + MAX_LIMIT);
        }
        return limit.asInt();
    }
}
