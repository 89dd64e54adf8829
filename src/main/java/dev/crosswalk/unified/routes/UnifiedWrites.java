package dev.crosswalk.unified.routes;

import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.VendorComponent;
import dev.crosswalk.unified.VendorRegistry;
import dev.crosswalk.unified.WriteRoute;
import dev.crosswalk.unified.idempotency.WriteRequest;
import dev.crosswalk.unified.idempotency.WriteResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Performs any unified write for a tenant, the same way for every write and every front door: the
 * tenant's vendor performs it under the request's {@code Idempotency-Key}, creations answer 201
 * with {@code Location}, and a retry after an unknown outcome looks for what the first attempt made.
 */
@Service
public class UnifiedWrites {

    private final VendorRegistry vendors;
    private final WriteResponses responses;

    UnifiedWrites(VendorRegistry vendors, WriteResponses responses) {
        this.vendors = vendors;
        this.responses = responses;
    }

    /**
     * @param id     the record in the path; null for a creation
     * @param body   the validated body
     * @param path   the request's path, e.g. {@code /unified/ats/candidates/{id}/tags}: bound to the
     *               idempotency key with the body, and the base of a creation's {@code Location}
     */
    public <C extends VendorComponent, B, R> Mono<ResponseEntity<byte[]>> perform(
            TenantContext tenant, WriteRoute<C, B, R> route, String id, B body, String idempotencyKey, String path) {
        return Mono.defer(() -> {
            C vendor = vendors.component(tenant.vendor(), route.vendorType());
            WriteRequest request = new WriteRequest(tenant, idempotencyKey, route.httpMethod(), path, body);
            if (route.creates()) {
                return responses.created(
                        request,
                        () -> route.perform(vendor, tenant, null, body),
                        since -> route.findCreated().find(vendor, tenant, body, since),
                        route::idOf);
            }
            return responses.changed(request, () -> route.perform(vendor, tenant, id, body));
        });
    }
}
