package dev.crosswalk.unified.offices;

/** The office list filter: archived offices are listed only when asked for. */
public record OfficeFilter(boolean includeArchived) {}
