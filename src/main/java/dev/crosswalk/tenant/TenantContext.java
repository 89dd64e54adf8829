package dev.crosswalk.tenant;

import java.util.UUID;

/**
 * The tenant a request acts for, resolved from its bearer token, with the decrypted Ashby key
 * that calls to the tenant's ATS must carry. Controllers receive it as a method parameter.
 */
public record TenantContext(UUID id, String name, Secret apiKey) {

    /** Request attribute under which the authentication filter stores the resolved tenant. */
    public static final String ATTRIBUTE = TenantContext.class.getName();
}
