package dev.crosswalk.proxy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;

/**
 * Which headers cross the passthrough. Towards Ashby: everything the client sent except its
 * credentials (Authorization, Cookie — the tenant's key is injected instead), hop-by-hop headers
 * (RFC 9110 §7.6.1, plus any the client names in {@code Connection}), headers the gateway recomputes
 * ({@code Host}; {@code Content-Length} is set from the length the container reads) and
 * {@code Accept-Encoding} (bodies pass uncompressed and unmodified). Back to the client: the content
 * type and length and Ashby's version and rate-limit headers; never its cookies.
 */
final class ForwardedHeaders {

    private static final Set<String> NEVER_TO_ASHBY = Set.of(
            "authorization",
            "cookie",
            "connection",
            "keep-alive",
            "te",
            "trailer",
            "transfer-encoding",
            "upgrade",
            "host",
            "content-length",
            "accept-encoding",
            "expect",
            "forwarded",
            "http2-settings");

    private static final Set<String> BACK_TO_CLIENT =
            Set.of("content-type", "content-length", "retry-after", "ashby-version", "ashby-version-status");

    private ForwardedHeaders() {}

    static void copyToAshby(HttpServletRequest request, HttpHeaders target) {
        Set<String> named = namedInConnection(request);
        for (String name : Collections.list(request.getHeaderNames())) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (NEVER_TO_ASHBY.contains(lower)
                    || lower.startsWith("proxy-")
                    || lower.startsWith("x-forwarded-")
                    || named.contains(lower)) {
                continue;
            }
            target.put(name, Collections.list(request.getHeaders(name)));
        }
        if (!target.containsHeader(HttpHeaders.CONTENT_TYPE)) {
            target.set(HttpHeaders.CONTENT_TYPE, "application/json");
        }
        // The body passes unchanged, so its length is the one the container has read by; a body
        // of unknown length (chunked from the client) goes on chunked.
        long length = request.getContentLengthLong();
        if (length >= 0) {
            target.setContentLength(length);
        }
    }

    static HttpHeaders backToClient(HttpHeaders ashby) {
        HttpHeaders headers = new HttpHeaders();
        ashby.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (BACK_TO_CLIENT.contains(lower) || lower.startsWith("x-ratelimit-")) {
                headers.put(name, List.copyOf(values));
            }
        });
        return headers;
    }

    private static Set<String> namedInConnection(HttpServletRequest request) {
        Set<String> named = new HashSet<>();
        for (String value : Collections.list(request.getHeaders(HttpHeaders.CONNECTION))) {
            for (String token : value.split(",")) {
                named.add(token.trim().toLowerCase(Locale.ROOT));
            }
        }
        return named;
    }
}
