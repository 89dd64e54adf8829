package dev.crosswalk.unified.activities;

import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.VendorComponent;
import java.time.Instant;
import reactor.core.publisher.Mono;

/** How a vendor adds activities (notes); one attempt per call, as for every write. */
public interface ActivityWrites extends VendorComponent {

    Mono<Activity> createNote(TenantContext tenant, NewNote note);

    /** The note an earlier {@link #createNote} with this body made at or after {@code since}; empty when none. */
    Mono<Activity> findCreatedNote(TenantContext tenant, NewNote note, Instant since);
}
