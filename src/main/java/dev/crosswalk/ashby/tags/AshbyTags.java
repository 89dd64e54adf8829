package dev.crosswalk.ashby.tags;

import dev.crosswalk.ashby.AshbyClient;
import dev.crosswalk.ashby.AshbyPagedSource;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.UnifiedResource;
import dev.crosswalk.unified.tags.Tag;
import dev.crosswalk.unified.tags.TagFilter;
import dev.crosswalk.unified.tags.Tags;
import org.springframework.stereotype.Component;

/** Candidate tags from Ashby's {@code candidateTag.list}, one Ashby page per unified page. */
@Component
class AshbyTags extends AshbyPagedSource<AshbyCandidateTag, Tag, TagFilter> {

    private final TagMapper mapper;

    AshbyTags(AshbyClient client, TagMapper mapper) {
        super(client, AshbyCandidateTag.class, "candidateTag.list", null);
        this.mapper = mapper;
    }

    @Override
    public UnifiedResource<Tag, TagFilter> resource() {
        return Tags.RESOURCE;
    }

    @Override
    protected Object listRequest(TagFilter filter, PageRequest page) {
        return new CandidateTagListRequest(
                page.limit(), page.position(), filter.includeArchived() ? Boolean.TRUE : null, page.syncToken());
    }

    @Override
    protected Tag toUnified(AshbyCandidateTag tag, Object remoteData) {
        return mapper.toTag(tag, remoteData);
    }
}
