package dev.crosswalk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the contract's problem+json bodies: one shape for every error, whether it is raised in a
 * controller, a servlet filter or the container's error dispatch.
 */
@Component
public class Problems {

    private final JsonMapper json;

    public Problems(JsonMapper json) {
        this.json = json;
    }

    public static ProblemDetail of(ProblemCode code, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(code.status(), detail);
        problem.setType(code.type());
        problem.setTitle(code.title());
        problem.setProperty("code", code.code());
        problem.setProperty("request_id", RequestIdFilter.requestId(request));
        return problem;
    }

    public static ProblemDetail of(CrosswalkException failure, HttpServletRequest request) {
        ProblemDetail problem = of(failure.code(), failure.getMessage(), request);
        if (failure.remote() != null) {
            problem.setProperty("remote", failure.remote());
        }
        return problem;
    }

    public static String retryAfterSeconds(Duration retryAfter) {
        return Long.toString(Math.max(1, (retryAfter.toMillis() + 999) / 1000));
    }

    /** Writes a problem directly to the response, for code that runs outside Spring MVC (filters). */
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), asMap(problem));
    }

    /** The members of a problem in the order the contract lists them, extensions flattened. */
    static java.util.Map<String, Object> asMap(ProblemDetail problem) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, CrosswalkException failure)
            throws IOException {
        if (failure.retryAfter() != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds(failure.retryAfter()));
        }
        write(response, of(failure, request));
    }
}
