package dev.crosswalk.tenant;

import java.util.UUID;

/**
 * The tenant a request acts for, resolved from its bearer token: its ATS vendor (e.g.
 * {@code ashby}) and the decrypted key that calls to that ATS must carry. Controllers receive it as
 * a method parameter.
 */
public record TenantContext(UUID id, String name, String vendor, Secret apiKey) {

    /** Request attribute under which the authentication filter stores the resolved tenant. */
    public static final String ATTRIBUTE = TenantContext.class.getName();
}
