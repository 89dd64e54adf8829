package dev.crosswalk.ashby.users;

import dev.crosswalk.ashby.AshbyClient;
import dev.crosswalk.ashby.AshbyPagedSource;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.UnifiedResource;
import dev.crosswalk.unified.users.User;
import dev.crosswalk.unified.users.UserFilter;
import dev.crosswalk.unified.users.Users;
import org.springframework.stereotype.Component;

/**
 * The organisation's users from Ashby: {@code user.list} one Ashby page per unified page (its
 * include flag sent only when true, leaving Ashby's default), {@code user.info} by id.
 */
@Component
class AshbyUsers extends AshbyPagedSource<AshbyUser, User, UserFilter> {

    private final UserMapper mapper;

    AshbyUsers(AshbyClient client, UserMapper mapper) {
        super(client, AshbyUser.class, "user.list", "user.info");
        this.mapper = mapper;
    }

    @Override
    public UnifiedResource<User, UserFilter> resource() {
        return Users.RESOURCE;
    }

    @Override
    protected Object listRequest(UserFilter filter, PageRequest page) {
        return new UserListRequest(
                page.limit(), page.position(), filter.includeDisabled() ? Boolean.TRUE : null, page.syncToken());
    }

    @Override
    protected Object infoRequest(String id) {
        return new UserIdRequest(id);
    }

    @Override
    protected User toUnified(AshbyUser user, Object remoteData) {
        return mapper.toUser(user, remoteData);
    }
}
