package dev.crosswalk.ashby;

import dev.crosswalk.tenant.Secret;
import io.netty.channel.ChannelOption;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/**
 * The HTTP connection to Ashby shared by the typed client and the passthrough: Reactor Netty with
 * the configured timeouts, and the one way a request is addressed and authenticated. The tenant's
 * key is set per request (never as a default header, never logged), as Basic auth with the key as
 * user name and an empty password.
 */
@Component
public class AshbyTransport {

    /** Header with which Ashby selects the API version. */
    public static final String VERSION_HEADER = "Ashby-Version";

    private final WebClient web;
    private final AshbyProperties properties;

    public AshbyTransport(WebClient.Builder builder, AshbyProperties properties) {
        this.properties = properties;
        HttpClient http = HttpClient.create()
                .option(
                        ChannelOption.CONNECT_TIMEOUT_MILLIS,
                        Math.toIntExact(properties.connectTimeout().toMillis()))
                .responseTimeout(properties.responseTimeout());
        // Loads event loops and the DNS resolver now, so a tenant's first call is not the slow one.
        http.warmup().block();
        this.web = builder.clone()
                .clientConnector(new ReactorClientHttpConnector(http))
                .codecs(codecs -> codecs.defaultCodecs()
                        .maxInMemorySize(
                                Math.toIntExact(properties.maxResponseSize().toBytes())))
                .build();
    }

    /** A {@code POST {base}/{method}} carrying the key and the API version; the caller adds the body. */
    public WebClient.RequestBodySpec post(String method, Secret apiKey) {
        return web.post()
                .uri(endpoint(method))
                .header(HttpHeaders.AUTHORIZATION, basicAuthorization(apiKey))
                .header(VERSION_HEADER, properties.version());
    }

    /** The URL of one RPC method; callers pass names that already match {@code category.method}. */
    URI endpoint(String method) {
        String base = properties.baseUrl().toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + method);
    }

    AshbyProperties properties() {
        return properties;
    }

    static String basicAuthorization(Secret apiKey) {
        return "Basic " + Base64.getEncoder().encodeToString((apiKey.reveal() + ":").getBytes(StandardCharsets.UTF_8));
    }
}
