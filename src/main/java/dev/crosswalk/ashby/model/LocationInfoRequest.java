package dev.crosswalk.ashby.model;

/** The body of {@code location.info}. */
public record LocationInfoRequest(String locationId) {}
