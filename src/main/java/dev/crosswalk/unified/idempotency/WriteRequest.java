package dev.crosswalk.unified.idempotency;

import dev.crosswalk.tenant.TenantContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * One unified write as the client sent it: who, with which {@code Idempotency-Key} (or null),
 * which route, and the validated body (null for bodiless actions).
 */
public record WriteRequest(TenantContext tenant, String idempotencyKey, String method, String path, Object body) {

    /** The header that makes a write safe to retry. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** How the header is documented on every write. */
    public static final String IDEMPOTENCY_KEY_DOC = "Makes the write safe to retry (1-255 visible ASCII characters, "
            + "e.g. a UUID): the same key and body replays the first answer with Idempotent-Replayed: true, without "
            + "writing again; the same key with another body is a 422; while the first request runs, a 409. Kept 24 hours, per tenant.";

    public static WriteRequest of(
            TenantContext tenant, String idempotencyKey, HttpServletRequest request, Object body) {
        return new WriteRequest(tenant, idempotencyKey, request.getMethod(), request.getRequestURI(), body);
    }

    @Override
    public String toString() {
        // never the body: it holds personal data
        return "WriteRequest[" + method + " " + path + ", tenant=" + tenant.id() + "]";
    }
}
