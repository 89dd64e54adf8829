package dev.crosswalk.ashby.rejectreasons;

import dev.crosswalk.ashby.Ashby;
import dev.crosswalk.ashby.AshbyClient;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.OffsetPages;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.ResourceSource;
import dev.crosswalk.unified.UnifiedResource;
import dev.crosswalk.unified.rejectreasons.RejectReason;
import dev.crosswalk.unified.rejectreasons.RejectReasonFilter;
import dev.crosswalk.unified.rejectreasons.RejectReasons;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reject reasons from Ashby's {@code archiveReason.list}, which answers whole: the gateway pages it by offset. */
@Component
class AshbyRejectReasons extends Ashby.Part implements ResourceSource<RejectReason, RejectReasonFilter> {

    private final AshbyClient client;
    private final RejectReasonMapper mapper;

    AshbyRejectReasons(AshbyClient client, RejectReasonMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    @Override
    public UnifiedResource<RejectReason, RejectReasonFilter> resource() {
        return RejectReasons.RESOURCE;
    }

    @Override
    public Mono<Page<RejectReason>> list(TenantContext tenant, RejectReasonFilter filter, PageRequest page) {
        return client.all(
                        tenant,
                        "archiveReason.list",
                        new ArchiveReasonListRequest(filter.includeArchived()),
                        AshbyArchiveReason.class)
                .map(all -> OffsetPages.slice(all, page)
                        .map(received -> mapper.toRejectReason(
                                received.value(), page.includeRemoteData() ? received.json() : null)));
    }
}
