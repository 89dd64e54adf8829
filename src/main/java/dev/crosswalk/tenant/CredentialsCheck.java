package dev.crosswalk.tenant;

import java.util.List;
import reactor.core.publisher.Mono;

/**
 * How one ATS vendor checks an API key before it is stored: the vendor package implements it, the
 * tenant service looks it up by the vendor's name. Rejected keys fail with
 * {@code UPSTREAM_CREDENTIALS_REJECTED}.
 */
public interface CredentialsCheck {

    /** The vendor's name, as stored with the tenant's credentials, e.g. {@code ashby}. */
    String vendor();

    Mono<CheckedCredentials> check(Secret apiKey);

    /** What the vendor said about a key: its name there and the permissions it grants. */
    record CheckedCredentials(String title, List<String> scopes) {}
}
