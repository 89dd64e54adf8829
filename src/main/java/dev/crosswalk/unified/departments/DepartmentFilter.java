package dev.crosswalk.unified.departments;

/** The department list filter: archived departments are listed only when asked for. */
public record DepartmentFilter(boolean includeArchived) {}
