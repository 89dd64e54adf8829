package dev.crosswalk.ashby;

import dev.crosswalk.unified.Reference;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What every Ashby write checks before calling Ashby, and how a look-up after an unknown outcome
 * decides that a record is recent enough to be the one the earlier attempt made.
 */
public final class AshbyWriteChecks {

    /** How far Ashby's clock may be behind ours when comparing its {@code createdAt} with the first attempt. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    private AshbyWriteChecks() {}

    /**
     * Ids in the body that cannot be Ashby ids are the client's mistake: a 400 naming each, before
     * any call. Takes pairs of field name and id; absent (null) ids are skipped.
     */
    public static void checkIds(String... fieldsAndIds) {
        List<String> malformed = new ArrayList<>();
        for (int i = 0; i + 1 < fieldsAndIds.length; i += 2) {
            if (fieldsAndIds[i + 1] != null && !Ashby.isId(fieldsAndIds[i + 1])) {
                malformed.add(fieldsAndIds[i] + ": is not a valid id");
            }
        }
        if (!malformed.isEmpty()) {
            throw new CrosswalkException(
                    ProblemCode.INVALID_REQUEST, "Invalid request body: " + String.join("; ", malformed));
        }
    }

    /** An id in the path that cannot be an Ashby id names no record, as on reads. */
    public static void requireRecordId(String id, String kind) {
        if (!Ashby.isId(id)) {
            throw Ashby.notFound(kind, id);
        }
    }

    /** Whether a record Ashby created at {@code createdAt} can be one an attempt started at {@code since} made. */
    public static boolean createdSince(Instant createdAt, Instant since) {
        return createdAt != null && !createdAt.isBefore(since.minus(CLOCK_SKEW));
    }

    public static String idOf(Reference reference) {
        return reference == null ? null : reference.id();
    }

    public static String trimmed(String value) {
        return value == null ? null : value.trim();
    }
}
