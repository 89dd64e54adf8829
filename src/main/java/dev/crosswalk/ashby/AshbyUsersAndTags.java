package dev.crosswalk.ashby;

import dev.crosswalk.ashby.mapping.TagMapper;
import dev.crosswalk.ashby.mapping.UserMapper;
import dev.crosswalk.ashby.model.CandidateTagListRequest;
import dev.crosswalk.ashby.model.UserListRequest;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.tags.Tag;
import dev.crosswalk.unified.tags.TagFilter;
import dev.crosswalk.unified.users.User;
import dev.crosswalk.unified.users.UserFilter;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The organisation's users ({@code user.list}, {@code user.info}) and candidate tags
 * ({@code candidateTag.list}). Both lists are paged by Ashby: one unified page is one Ashby page,
 * the position Ashby's cursor. The include flags are sent only when true, leaving Ashby's default.
 */
@Component
class AshbyUsersAndTags {

    private final AshbyClient client;
    private final UserMapper users;
    private final TagMapper tags;

    AshbyUsersAndTags(AshbyClient client, UserMapper users, TagMapper tags) {
        this.client = client;
        this.users = users;
        this.tags = tags;
    }

    Mono<Page<User>> listUsers(TenantContext tenant, UserFilter filter, PageRequest page) {
        UserListRequest request =
                new UserListRequest(page.limit(), page.position(), filter.includeDisabled() ? Boolean.TRUE : null);
        return client.listUsers(tenant, request)
                .map(ashby -> new Page<>(
                        ashby.results().stream()
                                .map(user -> users.toUser(user.value(), page.includeRemoteData() ? user.json() : null))
                                .toList(),
                        ashby.moreDataAvailable() ? ashby.nextCursor() : null));
    }

    Mono<User> getUser(TenantContext tenant, String id, boolean includeRemoteData) {
        if (!AshbyConnector.isAshbyId(id)) {
            return Mono.error(new CrosswalkException(ProblemCode.NOT_FOUND, "No user with id " + id));
        }
        return client.userInfo(tenant, id)
                .map(user -> users.toUser(user.value(), includeRemoteData ? user.json() : null));
    }

    Mono<Page<Tag>> listTags(TenantContext tenant, TagFilter filter, PageRequest page) {
        CandidateTagListRequest request = new CandidateTagListRequest(
                page.limit(), page.position(), filter.includeArchived() ? Boolean.TRUE : null);
        return client.listCandidateTags(tenant, request)
                .map(ashby -> new Page<>(
                        ashby.results().stream()
                                .map(tag -> tags.toTag(tag.value(), page.includeRemoteData() ? tag.json() : null))
                                .toList(),
                        ashby.moreDataAvailable() ? ashby.nextCursor() : null));
    }
}
