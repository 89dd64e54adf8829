package dev.crosswalk.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one Ashby method for an authenticated key: permission check, body parsing, validation
 * against the spec's request schema, the method itself, and the JSON answer with Ashby's headers.
 * Knows nothing of HTTP transport misbehaviour (that is the controller's) and never throws
 * anything but {@link SandboxFailure} for a bad request.
 */
final class SandboxDispatcher {

    static final String ASHBY_VERSION = "2026-01-01";

    private final JsonMapper mapper = SandboxJson.MAPPER;
    private final Map<String, SandboxMethod> methods = new LinkedHashMap<>();
    private final SandboxRequestSchemas schemas;
    private final SandboxTenants tenants;

    SandboxDispatcher(SandboxTenants tenants, SandboxPaging paging) {
        this.tenants = tenants;
        Stream.of(
                        new CandidateMethods(paging).methods(),
                        new ApplicationMethods(paging).methods(),
                        new JobMethods(paging).methods(),
                        new InterviewMethods(paging).methods(),
                        new OfferMethods(paging).methods(),
                        new OrganisationMethods(paging).methods())
                .flatMap(List::stream)
                .forEach(method -> methods.put(method.name(), method));
        this.schemas = new SandboxRequestSchemas(mapper, methods.keySet());
    }

    /** The names of every method the sandbox implements. */
    List<String> methodNames() {
        return List.copyOf(methods.keySet());
    }

    /** The JSON body of a successful call. */
    byte[] dispatch(String name, SandboxTenants.Tenant tenant, SandboxKnobs knobs, byte[] body) {
        SandboxMethod method = methods.get(name);
        if (method == null) {
            throw new SandboxFailure("not_found", "There is no method called " + name, 404);
        }
        if (!tenant.settings.allows(method.scope())) {
            throw new SandboxFailure(
                    "missing_endpoint_permission",
                    "The API key does not have the " + method.scope() + " permission that " + name + " requires",
                    403);
        }
        JsonNode request = parse(body);
        String violation = schemas.violation(name, request);
        if (violation != null) {
            throw SandboxFailure.invalidInput(violation);
        }
        SandboxCall call = new SandboxCall(
                name, tenant.settings, knobs, tenants.organisation(tenant), new SandboxRequest(request));
        Object answer = method.handler().handle(call);
        return answer instanceof SandboxJson.Rendered rendered ? rendered.json() : mapper.writeValueAsBytes(answer);
    }

    private JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return mapper.createObjectNode();
        }
        JsonNode request;
        try {
            request = mapper.readTree(body);
        } catch (JacksonException e) {
            throw SandboxFailure.invalidInput("Request payload is malformed");
        }
        if (request == null || request.isMissingNode() || request.isNull()) {
            return mapper.createObjectNode();
        }
        if (!request.isObject()) {
            throw SandboxFailure.invalidInput("The request body must be a JSON object");
        }
        return request;
    }

    ResponseEntity<byte[]> ok(byte[] body) {
        return ResponseEntity.ok()
                .headers(ashbyHeaders())
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }

    ResponseEntity<byte[]> failure(SandboxFailure failure, String requestId) {
        HttpHeaders headers = ashbyHeaders();
        if (failure.retryAfterSeconds() != null) {
            headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(failure.retryAfterSeconds()));
        }
        if (failure.httpStatus() == 405) {
            headers.set(HttpHeaders.ALLOW, "POST");
        }
        if (failure.httpStatus() == 401) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Ashby API\"");
        }
        byte[] body =
                mapper.writeValueAsBytes(new SandboxJson.Failure(failure.code(), failure.getMessage(), requestId));
        return ResponseEntity.status(failure.httpStatus())
                .headers(headers)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }

    private static HttpHeaders ashbyHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Ashby-Version", ASHBY_VERSION);
        headers.set("Ashby-Version-Status", "active");
        return headers;
    }
}
