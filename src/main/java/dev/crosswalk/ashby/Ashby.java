package dev.crosswalk.ashby;

import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.VendorComponent;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Ashby as a vendor of the unified API: its name, and what every one of its resource packages
 * shares (ids, not-found answers, one unified page from one Ashby page). Each part of the vendor
 * extends {@link Part}, which files it under {@link #VENDOR} in the vendor registry.
 */
public final class Ashby {

    /** The vendor's name in the registry and in tenants' stored credentials. */
    public static final String VENDOR = "ashby";

    private Ashby() {}

    /** A component of the Ashby vendor. */
    public abstract static class Part implements VendorComponent {

        @Override
        public final String vendor() {
            return VENDOR;
        }
    }

    /** Whether {@code id} has the shape of an Ashby id (a UUID); other ids are unknown without asking Ashby. */
    public static boolean isId(String id) {
        try {
            UUID.fromString(id);
            return id.length() == 36;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    /** The 404 for an id Ashby does not know (or that cannot be one of its ids). */
    public static CrosswalkException notFound(String what, String id) {
        return new CrosswalkException(ProblemCode.NOT_FOUND, "No " + what + " with id " + id);
    }

    /** Whether a failure is Ashby's "no such record". */
    public static boolean isNotFound(Throwable failure) {
        return failure instanceof CrosswalkException crosswalk && crosswalk.code() == ProblemCode.NOT_FOUND;
    }

    /** One unified page from one Ashby page: Ashby's cursor is the next position, its sync token ends a pass. */
    public static <A, U> Page<U> page(AshbyPage<A> ashby, Function<Received<A>, U> map) {
        return new Page<>(
                ashby.results().stream().map(map).toList(),
                ashby.moreDataAvailable() ? ashby.nextCursor() : null,
                ashby.syncToken());
    }

    /** What Ashby's {@code createdAfter} filters take: epoch milliseconds. */
    public static Long epochMillis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    public static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
