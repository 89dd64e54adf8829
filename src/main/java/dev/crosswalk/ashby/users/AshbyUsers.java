package dev.crosswalk.ashby.users;

import dev.crosswalk.ashby.Ashby;
import dev.crosswalk.ashby.AshbyClient;
import dev.crosswalk.ashby.Received;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.ResourceSource;
import dev.crosswalk.unified.UnifiedResource;
import dev.crosswalk.unified.users.User;
import dev.crosswalk.unified.users.UserFilter;
import dev.crosswalk.unified.users.Users;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The organisation's users from Ashby: {@code user.list} one Ashby page per unified page (its
 * include flag sent only when true, leaving Ashby's default), {@code user.info} by id.
 */
@Component
class AshbyUsers extends Ashby.Part implements ResourceSource<User, UserFilter> {

    private final AshbyClient client;
    private final UserMapper mapper;

    AshbyUsers(AshbyClient client, UserMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    @Override
    public UnifiedResource<User, UserFilter> resource() {
        return Users.RESOURCE;
    }

    @Override
    public Mono<Page<User>> list(TenantContext tenant, UserFilter filter, PageRequest page) {
        UserListRequest request =
                new UserListRequest(page.limit(), page.position(), filter.includeDisabled() ? Boolean.TRUE : null);
        return client.page(tenant, "user.list", request, AshbyUser.class)
                .map(ashby -> Ashby.page(ashby, user -> user(user, page.includeRemoteData())));
    }

    @Override
    public Mono<User> get(TenantContext tenant, String id, boolean includeRemoteData) {
        if (!Ashby.isId(id)) {
            return Mono.error(Ashby.notFound("user", id));
        }
        return client.one(tenant, "user.info", new UserIdRequest(id), AshbyUser.class)
                .map(user -> user(user, includeRemoteData));
    }

    private User user(Received<AshbyUser> received, boolean includeRemoteData) {
        return mapper.toUser(received.value(), includeRemoteData ? received.json() : null);
    }
}
