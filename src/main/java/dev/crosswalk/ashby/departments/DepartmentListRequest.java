package dev.crosswalk.ashby.departments;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of {@code department.list}; absent values are left out, as Ashby then applies its defaults. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DepartmentListRequest(Integer limit, String cursor, Boolean includeArchived, String syncToken) {}
