package dev.crosswalk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Onboards tenants through the admin API, as an operator would; the Ashby key must be accepted
 * upstream (by the sandbox, or by {@link AshbyStub#acceptingAnyKey()}).
 */
public final class Tenants {

    /** The admin token configured in {@code application-test.yml}. */
    public static final String ADMIN_TOKEN = "test-admin-token-0123456789abcdef0123456789abcdef";

    private Tenants() {}

    /** A created tenant: its id and first API token. */
    public record Created(String id, String token) {}

    public static Created create(Http http, String name, String ashbyKey) {
        Http.Response response =
                http.post("/admin/tenants", ADMIN_TOKEN, Http.json(Map.of("name", name, "ashby_api_key", ashbyKey)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode result = response.json().path("result");
        return new Created(
                result.path("id").asString(), result.path("api_token").asString());
    }
}
