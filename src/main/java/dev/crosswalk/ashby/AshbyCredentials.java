package dev.crosswalk.ashby;

import dev.crosswalk.tenant.CredentialsCheck;
import dev.crosswalk.tenant.Secret;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Checks an Ashby key with {@code apiKey.info} before it is stored; its scopes are what the key may do. */
@Component
class AshbyCredentials implements CredentialsCheck {

    private final AshbyClient client;

    AshbyCredentials(AshbyClient client) {
        this.client = client;
    }

    @Override
    public String vendor() {
        return Ashby.VENDOR;
    }

    @Override
    public Mono<CheckedCredentials> check(Secret apiKey) {
        return client.apiKeyInfo(apiKey)
                .map(key -> new CheckedCredentials(
                        key.title(), key.scopes() == null ? List.of() : List.copyOf(key.scopes())));
    }
}
