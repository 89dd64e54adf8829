package dev.crosswalk.unified.tags;

/** The tag list filters: archived tags are left out unless asked for, as in the ATS. */
public record TagFilter(boolean includeArchived) {}
