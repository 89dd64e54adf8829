package dev.crosswalk.tenant;

import java.util.UUID;

/**
 * Published by a connector when the ATS rejects a tenant's stored credentials (HTTP 401/403), so
 * the tenant is marked {@code needs_reauth} until its key is rotated.
 */
public record CredentialsRejectedEvent(UUID tenantId) {}
