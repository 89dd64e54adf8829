package dev.crosswalk.unified.departments;

import dev.crosswalk.unified.FilterType;
import dev.crosswalk.unified.UnifiedResource;

/** The departments resource: the organisation's teams, as a tree. */
public final class Departments {

    public static final UnifiedResource<Department, DepartmentFilter> RESOURCE = UnifiedResource.builder(
                    "departments", "department", Department.class)
            .tag("Departments", "The organisation's departments (teams), each with its parent")
            .query(query -> query.filter("include_archived", FilterType.FLAG, "Also list archived departments"))
            .listed(
                    "List departments",
                    "One page per call; follow next_cursor until it is null. Archived (inactive) departments are left "
                            + "out unless include_archived=true.",
                    query -> new DepartmentFilter(Boolean.TRUE.equals(query.flag("include_archived"))))
            .gotById("Get a department", "Archived departments too. An unknown id answers 404 not_found.")
            .syncable()
            .updatedAt(Department::updatedAt)
            .build();

    private Departments() {}
}
