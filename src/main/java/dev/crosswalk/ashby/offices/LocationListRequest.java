package dev.crosswalk.ashby.offices;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of {@code location.list}; {@code includeLocationHierarchy} adds the regions that
 * locations name as their parent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LocationListRequest(
        Integer limit, String cursor, Boolean includeArchived, Boolean includeLocationHierarchy, String syncToken) {}
