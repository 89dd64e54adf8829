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

    public static WriteRequest of(TenantContext tenant, String idempotencyKey, HttpServletRequest request, Object body) {
        return new WriteRequest(tenant, idempotencyKey, request.getMethod(), request.getRequestURI(), body);
    }

    @Override
    public String toString() {
        // never the body: it holds personal data
        return "WriteRequest[" + method + " " + path + ", tenant=" + tenant.id() + "]";
    }
}
