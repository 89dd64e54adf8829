package dev.crosswalk.ashby.departments;

/** The body of {@code department.info}. */
public record DepartmentInfoRequest(String departmentId) {}
