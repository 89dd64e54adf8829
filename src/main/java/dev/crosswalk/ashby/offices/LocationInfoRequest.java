package dev.crosswalk.ashby.offices;

/** The body of {@code location.info}. */
public record LocationInfoRequest(String locationId) {}
