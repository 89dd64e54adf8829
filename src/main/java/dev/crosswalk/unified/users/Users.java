package dev.crosswalk.unified.users;

import dev.crosswalk.unified.FilterType;
import dev.crosswalk.unified.UnifiedResource;

/** The users resource: the people who use the ATS (recruiters, interviewers, hiring managers). */
public final class Users {

    public static final UnifiedResource<User, UserFilter> RESOURCE = UnifiedResource.builder(
                    "users", "user", User.class)
            .tag("Users", "The people who use the ATS: recruiters, interviewers, hiring managers")
            .query(query -> query.filter("include_disabled", FilterType.FLAG, "Also list deactivated users"))
            .listed(
                    "List users",
                    "Deactivated users are left out unless include_disabled=true. One page per call; follow "
                            + "next_cursor until it is null.",
                    query -> new UserFilter(Boolean.TRUE.equals(query.flag("include_disabled"))))
            .gotById("Get a user", "Deactivated users are found too; an unknown id is a 404.")
            .syncable()
            .updatedAt(User::updatedAt)
            .build();

    private Users() {}
}
