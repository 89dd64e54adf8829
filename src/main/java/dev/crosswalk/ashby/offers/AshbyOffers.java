package dev.crosswalk.ashby.offers;

import dev.crosswalk.ashby.Ashby;
import dev.crosswalk.ashby.AshbyClient;
import dev.crosswalk.ashby.AshbyValues;
import dev.crosswalk.ashby.Received;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.ResourceSource;
import dev.crosswalk.unified.UnifiedResource;
import dev.crosswalk.unified.offers.Offer;
import dev.crosswalk.unified.offers.OfferFilter;
import dev.crosswalk.unified.offers.Offers;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Offers from Ashby: {@code offer.list} one Ashby page per unified page, filtered there by creation
 * time, application and status (a unified status may stand for several of Ashby's);
 * {@code offer.info} by id.
 */
@Component
class AshbyOffers extends Ashby.Part implements ResourceSource<Offer, OfferFilter> {

    private final AshbyClient client;
    private final OfferMapper mapper;

    AshbyOffers(AshbyClient client, OfferMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    @Override
    public UnifiedResource<Offer, OfferFilter> resource() {
        return Offers.RESOURCE;
    }

    @Override
    public Mono<Page<Offer>> list(TenantContext tenant, OfferFilter filter, PageRequest page) {
        if (filter.applicationId() != null && !Ashby.isId(filter.applicationId())) {
            return Mono.just(new Page<>(List.of(), null));
        }
        OfferListRequest request = new OfferListRequest(
                page.limit(),
                page.position(),
                Ashby.epochMillis(filter.createdAfter()),
                filter.applicationId(),
                filter.status() == null ? null : AshbyValues.ashbyValues(OfferMapper.STATUSES, filter.status()),
                page.syncToken());
        return client.page(tenant, "offer.list", request, AshbyOffer.class)
                .map(ashby -> Ashby.page(ashby, received -> offer(received, page.includeRemoteData())));
    }

    @Override
    public Mono<Offer> get(TenantContext tenant, String id, boolean includeRemoteData) {
        if (!Ashby.isId(id)) {
            return Mono.error(Ashby.notFound("offer", id));
        }
        return client.one(tenant, "offer.info", new OfferInfoRequest(id), AshbyOffer.class)
                .map(received -> offer(received, includeRemoteData));
    }

    private Offer offer(Received<AshbyOffer> received, boolean includeRemoteData) {
        return mapper.toOffer(received.value(), includeRemoteData ? received.json() : null);
    }
}
