package dev.crosswalk.ashby;

import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.web.CrosswalkException;
import java.util.function.Consumer;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sends a request to one Ashby method exactly as given, with the tenant's key, and hands back
 * Ashby's answer as it arrives: any status (its {@code success:false} bodies too), headers, and the
 * body as a stream of buffers that is never aggregated. One attempt only — the passthrough cannot
 * know whether a method writes. Only a failure before Ashby answered becomes a problem (502/504).
 */
@Component
public class AshbyPassthrough {

    private final AshbyTransport transport;

    public AshbyPassthrough(AshbyTransport transport) {
        this.transport = transport;
    }

    /**
     * @param method  an Ashby method name the caller has validated ({@code category.method})
     * @param headers sets the client's headers that may be forwarded; they may override {@code Ashby-Version}
     * @param body    the client's body, streamed
     */
    public Mono<ResponseEntity<Flux<DataBuffer>>> forward(
            TenantContext tenant, String method, Consumer<HttpHeaders> headers, Flux<DataBuffer> body) {
        return transport
                .post(method, tenant.apiKey())
                .headers(headers)
                .body(BodyInserters.fromDataBuffers(body))
                .retrieve()
                // every status is Ashby's answer to pass on, not an error of ours
                .onStatus(status -> true, response -> Mono.empty())
                .toEntityFlux(DataBuffer.class)
                .onErrorMap(
                        failure -> !(failure instanceof CrosswalkException),
                        failure -> AshbyErrors.transportFailure(method, failure));
    }
}
