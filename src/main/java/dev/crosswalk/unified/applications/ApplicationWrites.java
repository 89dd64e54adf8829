package dev.crosswalk.unified.applications;

import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.VendorComponent;
import java.time.Instant;
import reactor.core.publisher.Mono;

/** How a vendor writes applications; one attempt per call, as for every write (see {@link dev.crosswalk.unified.WriteRoute}). */
public interface ApplicationWrites extends VendorComponent {

    Mono<Application> create(TenantContext tenant, NewApplication application);

    /** The application an earlier {@link #create} with this body made at or after {@code since}; empty when none. */
    Mono<Application> findCreated(TenantContext tenant, NewApplication application, Instant since);

    Mono<Application> moveStage(TenantContext tenant, String applicationId, String stageId);

    /** Archives the application with the reason, in whatever way the vendor archives. */
    Mono<Application> reject(TenantContext tenant, String applicationId, String rejectReasonId);
}
