package dev.crosswalk.unified.routes;

import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.UnifiedResource;
import dev.crosswalk.unified.VendorRegistry;
import dev.crosswalk.unified.WriteRoute;
import dev.crosswalk.unified.idempotency.WriteRequest;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Every unified resource's routes, served from the resources' descriptions: {@code GET} list and
 * get, and the writes each resource declares ({@code POST} create, {@code PATCH} update,
 * {@code POST .../{id}/{action}}). An unknown resource or route is a 404, a method the route does
 * not have a 405 naming the ones it has. Answers asynchronously. Documented by
 * {@link UnifiedOpenApi}, from the same descriptions.
 */
@Hidden
@RestController
@RequestMapping(path = "/unified/ats", produces = MediaType.APPLICATION_JSON_VALUE)
class UnifiedController {

    private final VendorRegistry vendors;
    private final UnifiedReads reads;
    private final UnifiedWrites writes;
    private final RequestBodies bodies;

    UnifiedController(VendorRegistry vendors, UnifiedReads reads, UnifiedWrites writes, RequestBodies bodies) {
        this.vendors = vendors;
        this.reads = reads;
        this.writes = writes;
        this.bodies = bodies;
    }

    @RequestMapping("/{resource}")
    Mono<?> collection(
            TenantContext tenant,
            @PathVariable String resource,
            @RequestParam MultiValueMap<String, String> parameters,
            @RequestHeader(name = WriteRequest.IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @RequestBody(required = false) byte[] body,
            HttpServletRequest request)
            throws Exception {
        UnifiedResource<?, ?> described = resource(resource, request);
        Optional<WriteRoute<?, ?, ?>> create = route(described, WriteRoute.Shape.CREATE, null);
        if (isRead(request)) {
            return reads.list(tenant, described, parameters);
        }
        if (request.getMethod().equals("POST") && create.isPresent()) {
            return write(tenant, create.get(), null, body, idempotencyKey, request);
        }
        throw notAllowed(request, "GET", create.isPresent() ? "POST" : null);
    }

    @RequestMapping("/{resource}/{id}")
    Mono<?> record(
            TenantContext tenant,
            @PathVariable String resource,
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> parameters,
            @RequestHeader(name = WriteRequest.IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @RequestBody(required = false) byte[] body,
            HttpServletRequest request)
            throws Exception {
        UnifiedResource<?, ?> described = resource(resource, request);
        Optional<WriteRoute<?, ?, ?>> update = route(described, WriteRoute.Shape.UPDATE, null);
        if (!described.hasGet() && update.isEmpty()) {
            throw noRoute(request);
        }
        if (isRead(request) && described.hasGet()) {
            return reads.get(tenant, described, id, parameters);
        }
        if (request.getMethod().equals("PATCH") && update.isPresent()) {
            return write(tenant, update.get(), id, body, idempotencyKey, request);
        }
        throw notAllowed(request, described.hasGet() ? "GET" : null, update.isPresent() ? "PATCH" : null);
    }

    @RequestMapping("/{resource}/{id}/{action}")
    Mono<?> action(
            TenantContext tenant,
            @PathVariable String resource,
            @PathVariable String id,
            @PathVariable String action,
            @RequestHeader(name = WriteRequest.IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @RequestBody(required = false) byte[] body,
            HttpServletRequest request)
            throws Exception {
        WriteRoute<?, ?, ?> route = route(resource(resource, request), WriteRoute.Shape.ACTION, action)
                .orElseThrow(() -> noRoute(request));
        if (!request.getMethod().equals("POST")) {
            throw notAllowed(request, "POST");
        }
        return write(tenant, route, id, body, idempotencyKey, request);
    }

    private <C extends dev.crosswalk.unified.VendorComponent, B, R> Mono<?> write(
            TenantContext tenant,
            WriteRoute<C, B, R> route,
            String id,
            byte[] body,
            String idempotencyKey,
            HttpServletRequest request)
            throws HttpMediaTypeNotSupportedException {
        MediaType contentType = mediaType(request.getContentType());
        if (contentType == null || !MediaType.APPLICATION_JSON.isCompatibleWith(contentType)) {
            throw new HttpMediaTypeNotSupportedException(contentType, List.of(MediaType.APPLICATION_JSON));
        }
        B parsed = bodies.read(body, route.body());
        return writes.perform(tenant, route, id, parsed, idempotencyKey, request.getRequestURI());
    }

    private UnifiedResource<?, ?> resource(String name, HttpServletRequest request) {
        return vendors.resource(name).orElseThrow(() -> noRoute(request));
    }

    private static Optional<WriteRoute<?, ?, ?>> route(
            UnifiedResource<?, ?> resource, WriteRoute.Shape shape, String action) {
        return resource.writes().stream()
                .filter(write -> write.shape() == shape && (action == null || action.equals(write.action())))
                .findFirst();
    }

    private static boolean isRead(HttpServletRequest request) {
        return request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
    }

    private static MediaType mediaType(String contentType) {
        try {
            return contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            return null;
        }
    }

    private static CrosswalkException noRoute(HttpServletRequest request) {
        return new CrosswalkException(
                ProblemCode.NOT_FOUND, "No route for " + request.getMethod() + " " + request.getRequestURI());
    }

    private static HttpRequestMethodNotSupportedException notAllowed(HttpServletRequest request, String... methods) {
        List<String> allowed = new ArrayList<>();
        for (String method : methods) {
            if (method != null) {
                allowed.add(method);
            }
        }
        return new HttpRequestMethodNotSupportedException(request.getMethod(), allowed);
    }
}
