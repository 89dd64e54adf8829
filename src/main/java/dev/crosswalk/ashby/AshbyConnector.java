package dev.crosswalk.ashby;

import dev.crosswalk.tenant.Secret;
import dev.crosswalk.unified.AtsConnector;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Ashby behind the vendor-neutral SPI: Ashby's methods called, its objects mapped to unified records. */
@Component
class AshbyConnector implements AtsConnector {

    private final AshbyClient client;

    AshbyConnector(AshbyClient client) {
        this.client = client;
    }

    @Override
    public String vendor() {
        return "ashby";
    }

    @Override
    public Mono<CredentialCheck> verifyCredentials(Secret apiKey) {
        return client.apiKeyInfo(apiKey)
                .map(key -> new CredentialCheck(key.title(), key.scopes() == null ? List.of() : List.copyOf(key.scopes())));
    }
}
