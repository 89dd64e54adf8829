package dev.crosswalk.ashby.offices;

import dev.crosswalk.ashby.Ashby;
import dev.crosswalk.ashby.AshbyClient;
import dev.crosswalk.ashby.Received;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.ResourceSource;
import dev.crosswalk.unified.UnifiedResource;
import dev.crosswalk.unified.offices.Office;
import dev.crosswalk.unified.offices.OfficeFilter;
import dev.crosswalk.unified.offices.Offices;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Offices from Ashby's locations: {@code location.list} one Ashby page per unified page, regions
 * included so every parent resolves; {@code location.info} by id.
 */
@Component
class AshbyOffices extends Ashby.Part implements ResourceSource<Office, OfficeFilter> {

    private final AshbyClient client;
    private final OfficeMapper mapper;

    AshbyOffices(AshbyClient client, OfficeMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    @Override
    public UnifiedResource<Office, OfficeFilter> resource() {
        return Offices.RESOURCE;
    }

    @Override
    public Mono<Page<Office>> list(TenantContext tenant, OfficeFilter filter, PageRequest page) {
        LocationListRequest request =
                new LocationListRequest(page.limit(), page.position(), filter.includeArchived(), true);
        return client.page(tenant, "location.list", request, AshbyLocation.class)
                .map(ashby -> Ashby.page(ashby, location -> office(location, page.includeRemoteData())));
    }

    @Override
    public Mono<Office> get(TenantContext tenant, String id, boolean includeRemoteData) {
        if (!Ashby.isId(id)) {
            return Mono.error(Ashby.notFound("office", id));
        }
        return client.one(tenant, "location.info", new LocationInfoRequest(id), AshbyLocation.class)
                .map(location -> office(location, includeRemoteData));
    }

    private Office office(Received<AshbyLocation> received, boolean includeRemoteData) {
        return mapper.toOffice(received.value(), includeRemoteData ? received.json() : null);
    }
}
