package dev.crosswalk.web;

/** The success envelope of a single record: {@code {"result": {...}}}. */
public record Result<T>(T result) {
}
