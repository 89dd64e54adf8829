package dev.crosswalk.ashby.users;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of {@code user.list}; {@code includeDeactivated} is only sent when true (Ashby's default is false). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserListRequest(Integer limit, String cursor, Boolean includeDeactivated, String syncToken) {}
