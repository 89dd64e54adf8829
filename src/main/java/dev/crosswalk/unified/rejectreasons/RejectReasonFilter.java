package dev.crosswalk.unified.rejectreasons;

/** The reject reason list filter: archived reasons are listed only when asked for. */
public record RejectReasonFilter(boolean includeArchived) {}
