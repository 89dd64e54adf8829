package dev.crosswalk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where failures become problem+json. Details are written for API users: they name
 * the parameter or field at fault and never carry exception class names, stack traces or secrets.
 */
@RestControllerAdvice
public class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(CrosswalkException.class)
    ResponseEntity<Object> crosswalk(CrosswalkException failure, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        if (failure.retryAfter() != null) {
            headers.set(HttpHeaders.RETRY_AFTER, Problems.retryAfterSeconds(failure.retryAfter()));
        }
        return respond(failure.code(), Problems.of(failure, request), headers);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Object> invalidBody(MethodArgumentNotValidException failure, HttpServletRequest request) {
        String detail = failure.getBindingResult().getAllErrors().stream()
                .map(error -> error instanceof FieldError field
                        ? snakeCase(field.getField()) + ": " + field.getDefaultMessage()
                        : error.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return problem(ProblemCode.INVALID_REQUEST, "Invalid request body: " + detail, request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<Object> invalidParameters(HandlerMethodValidationException failure, HttpServletRequest request) {
        String detail = failure.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error ->
                                result.getMethodParameter().getParameterName() + ": " + error.getDefaultMessage()))
                .sorted()
                .collect(Collectors.joining("; "));
        return problem(ProblemCode.INVALID_REQUEST, "Invalid parameters: " + detail, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException failure, HttpServletRequest request) {
        return problem(
                ProblemCode.INVALID_REQUEST, "Parameter '" + failure.getName() + "' has an invalid value", request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Object> missingParameter(
            MissingServletRequestParameterException failure, HttpServletRequest request) {
        return problem(
                ProblemCode.INVALID_REQUEST, "Parameter '" + failure.getParameterName() + "' is required", request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadable(HttpMessageNotReadableException failure, HttpServletRequest request) {
        return problem(ProblemCode.INVALID_REQUEST, unreadableDetail(failure), request);
    }

    /** Names the JSON field at fault when Jackson knows it, without echoing its internals. */
    private static String unreadableDetail(HttpMessageNotReadableException failure) {
        if (failure.getCause() instanceof tools.jackson.databind.exc.UnrecognizedPropertyException unknown) {
            return "Unknown field '" + jsonPath(unknown) + "'";
        }
        if (failure.getCause() instanceof tools.jackson.databind.DatabindException mapping
                && !mapping.getPath().isEmpty()) {
            return "Field '" + jsonPath(mapping) + "' has an invalid value or type";
        }
        if (failure.getCause() instanceof tools.jackson.core.JacksonException) {
            return "The request body is not valid JSON";
        }
        return "The request body is missing or is not valid JSON";
    }

    private static String jsonPath(tools.jackson.core.JacksonException failure) {
        return failure.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<Object> noRoute(Exception failure, HttpServletRequest request) {
        return problem(
                ProblemCode.NOT_FOUND, "No route for " + request.getMethod() + " " + request.getRequestURI(), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Object> wrongMethod(HttpRequestMethodNotSupportedException failure, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        if (failure.getSupportedHttpMethods() != null) {
            headers.setAllow(failure.getSupportedHttpMethods());
        }
        String detail = "Method " + failure.getMethod() + " is not allowed on " + request.getRequestURI();
        return respond(
                ProblemCode.METHOD_NOT_ALLOWED, Problems.of(ProblemCode.METHOD_NOT_ALLOWED, detail, request), headers);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Object> wrongContentType(HttpMediaTypeNotSupportedException failure, HttpServletRequest request) {
        return problem(ProblemCode.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be application/json", request);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Object> notAcceptable(HttpMediaTypeNotAcceptableException failure, HttpServletRequest request) {
        return problem(
                ProblemCode.NOT_ACCEPTABLE, "Responses are application/json or application/problem+json", request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Object> tooLarge(MaxUploadSizeExceededException failure, HttpServletRequest request) {
        return problem(ProblemCode.PAYLOAD_TOO_LARGE, "The request body is too large", request);
    }

    @ExceptionHandler(AsyncRequestTimeoutException.class)
    ResponseEntity<Object> asyncTimeout(AsyncRequestTimeoutException failure, HttpServletRequest request) {
        return problem(ProblemCode.UPSTREAM_TIMEOUT, "The upstream did not answer in time", request);
    }

    /**
     * The client closed its connection while its answer was being written (a load tool stopping, a
     * reader giving up on a long passthrough): nobody is left to answer and nothing is wrong here.
     * Without this, the catch-all below logged a stack trace at ERROR and tried to write a problem
     * to the dead connection. Taking the response marks the request handled, so nothing is written.
     */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone(AsyncRequestNotUsableException failure, HttpServletResponse response) {
        log.debug("Client went away before its answer was written: {}", failure.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception failure, HttpServletRequest request) {
        if (failure instanceof org.springframework.web.ErrorResponse response
                && response.getStatusCode().is4xxClientError()) {
            return problem(ProblemCode.INVALID_REQUEST, "The request is not valid", request);
        }
        log.error("Unexpected error", failure);
        return problem(ProblemCode.INTERNAL_ERROR, "An unexpected error occurred", request);
    }

    /** Body fields are named in the API's snake_case, not by the Java record component. */
    private static String snakeCase(String javaName) {
        return javaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static ResponseEntity<Object> problem(ProblemCode code, String detail, HttpServletRequest request) {
        return respond(code, Problems.of(code, detail, request), new HttpHeaders());
    }

    private static ResponseEntity<Object> respond(
            ProblemCode code, org.springframework.http.ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(code.status())
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.asMap(problem));
    }
}
