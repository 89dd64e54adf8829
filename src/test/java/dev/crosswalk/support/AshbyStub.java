package dev.crosswalk.support;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * The one way tests stand in for Ashby: WireMock's own JUnit 5 extension, on a free port for a test
 * class, with every stub and recorded request reset before each test. A static instance is started
 * before the class's {@code @BeforeAll} methods and before its Spring context loads, so a gateway
 * under test can be pointed at it:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final AshbyStub ashby = AshbyStub.create();
 *
 * @DynamicPropertySource
 * static void ashby(DynamicPropertyRegistry registry) {
 *     registry.add("crosswalk.ashby.base-url", ashby::baseUrl);
 * }
 * }</pre>
 */
public final class AshbyStub extends WireMockExtension {

    private final boolean acceptingAnyKey;

    private AshbyStub(WireMockConfiguration options, boolean acceptingAnyKey) {
        super(WireMockExtension.newInstance().options(options));
        this.acceptingAnyKey = acceptingAnyKey;
    }

    /** A stub with no stubs: every call answers 404 until a test says otherwise. */
    public static AshbyStub create() {
        return new AshbyStub(wireMockConfig().dynamicPort(), false);
    }

    /** A stub with these WireMock options, e.g. a fixed port ({@link FreePorts}) to restart on. */
    public static AshbyStub create(WireMockConfiguration options) {
        return new AshbyStub(options, false);
    }

    /**
     * A stub whose {@code apiKey.info} accepts every key, before every test and before
     * {@code @BeforeAll} methods, so tenants can be onboarded with any key; other stubs are the tests'.
     */
    public static AshbyStub acceptingAnyKey() {
        return new AshbyStub(wireMockConfig().dynamicPort(), true);
    }

    /** Makes {@code apiKey.info} answer success for any key, as onboarding and key rotation need. */
    public void acceptAnyKey() {
        stubFor(post("/apiKey.info")
                .willReturn(okJson("{\"success\":true,\"results\":{\"title\":\"k\",\"scopes\":[]}}")));
    }

    /** The {@code Authorization} header an Ashby client sends for {@code apiKey}: Basic, the key as user, no password. */
    public static String basic(String apiKey) {
        return "Basic " + Base64.getEncoder().encodeToString((apiKey + ":").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The answer of {@code call} made while nothing listens on the stub's port (connections are
     * refused), the stub serving again on the same port afterwards. Needs a fixed port: see
     * {@link #create(WireMockConfiguration)}.
     */
    public <T> T whileRefusingConnections(Supplier<T> call) {
        WireMockServer server = (WireMockServer) admin; // the extension's server, as it wires it
        server.stop();
        try {
            return call.get();
        } finally {
            server.start();
        }
    }

    @Override
    protected void onBeforeAll(WireMockRuntimeInfo wireMockRuntimeInfo) {
        if (acceptingAnyKey) {
            acceptAnyKey();
        }
    }

    @Override
    protected void onBeforeEach(WireMockRuntimeInfo wireMockRuntimeInfo) {
        if (acceptingAnyKey) {
            acceptAnyKey();
        }
    }
}
