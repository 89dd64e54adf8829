package dev.crosswalk.ashby.model;

/** The body of {@code department.info}. */
public record DepartmentInfoRequest(String departmentId) {}
