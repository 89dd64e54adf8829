package dev.crosswalk.ashby.offices;

import dev.crosswalk.ashby.AshbyClient;
import dev.crosswalk.ashby.AshbyPagedSource;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.UnifiedResource;
import dev.crosswalk.unified.offices.Office;
import dev.crosswalk.unified.offices.OfficeFilter;
import dev.crosswalk.unified.offices.Offices;
import org.springframework.stereotype.Component;

/**
 * Offices from Ashby's locations: {@code location.list} one Ashby page per unified page, regions
 * included so every parent resolves; {@code location.info} by id.
 */
@Component
class AshbyOffices extends AshbyPagedSource<AshbyLocation, Office, OfficeFilter> {

    private final OfficeMapper mapper;

    AshbyOffices(AshbyClient client, OfficeMapper mapper) {
        super(client, AshbyLocation.class, "location.list", "location.info");
        this.mapper = mapper;
    }

    @Override
    public UnifiedResource<Office, OfficeFilter> resource() {
        return Offices.RESOURCE;
    }

    @Override
    protected Object listRequest(OfficeFilter filter, PageRequest page) {
        return new LocationListRequest(page.limit(), page.position(), filter.includeArchived(), true, page.syncToken());
    }

    @Override
    protected Object infoRequest(String id) {
        return new LocationInfoRequest(id);
    }

    @Override
    protected Office toUnified(AshbyLocation location, Object remoteData) {
        return mapper.toOffice(location, remoteData);
    }
}
