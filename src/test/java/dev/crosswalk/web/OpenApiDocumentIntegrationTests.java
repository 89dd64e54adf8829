package dev.crosswalk.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The checked-in {@code openapi/crosswalk.yaml} must equal the document the gateway serves.
 * After an intended API change, regenerate it with {@code CROSSWALK_OPENAPI_UPDATE=true ./mvnw verify}.
 */
@IntegrationTest
class OpenApiDocumentIntegrationTests {

    private static final Path CHECKED_IN = Path.of("openapi/crosswalk.yaml");

    @LocalServerPort
    int port;

    @Test
    void checkedInDocumentMatchesTheServedOne() throws Exception {
        String served = get("/v3/api-docs.yaml");
        if ("true".equals(System.getenv("CROSSWALK_OPENAPI_UPDATE"))) {
            Files.writeString(CHECKED_IN, served);
        }
        assertThat(Files.readString(CHECKED_IN))
                .as("openapi/crosswalk.yaml drifted from /v3/api-docs.yaml; "
                        + "regenerate with CROSSWALK_OPENAPI_UPDATE=true ./mvnw verify")
                .isEqualTo(served);
    }

    @Test
    void documentDeclaresBothBearerSchemesAndSwaggerUiIsServed() throws Exception {
        String served = get("/v3/api-docs.yaml");
        assertThat(served).contains("admin:", "tenant:", "scheme: bearer");

        HttpResponse<String> ui = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/swagger-ui.html"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("swagger");
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
