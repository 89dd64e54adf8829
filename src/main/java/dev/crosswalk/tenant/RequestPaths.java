package dev.crosswalk.tenant;

import jakarta.servlet.http.HttpServletRequest;

/** The container-normalised path of a request, the one routing uses, for path-based access rules. */
final class RequestPaths {

    private RequestPaths() {}

    static String of(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return request.getServletPath() + (pathInfo == null ? "" : pathInfo);
    }
}
