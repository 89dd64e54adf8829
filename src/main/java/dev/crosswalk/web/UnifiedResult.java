package dev.crosswalk.web;

/** The single-record envelope of every API answer: {@code {"result": {...}}}. */
public record UnifiedResult<T>(T result) {}
