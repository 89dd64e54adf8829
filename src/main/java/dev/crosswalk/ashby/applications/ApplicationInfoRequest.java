package dev.crosswalk.ashby.applications;

/** {@code application.info}. */
record ApplicationInfoRequest(String applicationId) {}
