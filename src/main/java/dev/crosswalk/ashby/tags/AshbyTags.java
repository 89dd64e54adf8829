package dev.crosswalk.ashby.tags;

import dev.crosswalk.ashby.Ashby;
import dev.crosswalk.ashby.AshbyClient;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.ResourceSource;
import dev.crosswalk.unified.UnifiedResource;
import dev.crosswalk.unified.tags.Tag;
import dev.crosswalk.unified.tags.TagFilter;
import dev.crosswalk.unified.tags.Tags;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Candidate tags from Ashby's {@code candidateTag.list}, one Ashby page per unified page. */
@Component
class AshbyTags extends Ashby.Part implements ResourceSource<Tag, TagFilter> {

    private final AshbyClient client;
    private final TagMapper mapper;

    AshbyTags(AshbyClient client, TagMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    @Override
    public UnifiedResource<Tag, TagFilter> resource() {
        return Tags.RESOURCE;
    }

    @Override
    public Mono<Page<Tag>> list(TenantContext tenant, TagFilter filter, PageRequest page) {
        CandidateTagListRequest request = new CandidateTagListRequest(
                page.limit(), page.position(), filter.includeArchived() ? Boolean.TRUE : null);
        return client.page(tenant, "candidateTag.list", request, AshbyCandidateTag.class)
                .map(ashby -> Ashby.page(
                        ashby, tag -> mapper.toTag(tag.value(), page.includeRemoteData() ? tag.json() : null)));
    }
}
