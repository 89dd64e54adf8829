package dev.crosswalk.unified;

/** The single-record envelope of every unified resource: {@code {"result": {...}}}. */
public record UnifiedResult<T>(T result) {
}
