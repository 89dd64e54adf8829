package dev.crosswalk.unified.routes;

import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.ListQuery;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.ResourceQuery;
import dev.crosswalk.unified.ResourceSource;
import dev.crosswalk.unified.UnifiedResource;
import dev.crosswalk.unified.VendorRegistry;
import dev.crosswalk.unified.cursor.CursorBinding;
import dev.crosswalk.unified.cursor.CursorCodec;
import dev.crosswalk.web.UnifiedPage;
import dev.crosswalk.web.UnifiedResult;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;
import reactor.core.publisher.Mono;

/**
 * Lists and gets any unified resource for a tenant, the same way for every resource and every front
 * door (REST, agent tools): the query is parsed and validated against the resource's description,
 * the client's cursor is opened (bound to tenant, resource and filters) into the vendor's position,
 * one vendor page is fetched from the tenant's vendor, and its next position is sealed into
 * {@code next_cursor}.
 */
@Service
public class UnifiedReads {

    private final VendorRegistry vendors;
    private final CursorCodec cursors;

    UnifiedReads(VendorRegistry vendors, CursorCodec cursors) {
        this.vendors = vendors;
        this.cursors = cursors;
    }

    /**
     * One page of the resource; the parameters are the list request's query string. In an
     * incremental sync, the first page of a delta hands the vendor its token, and the last page of
     * any sync pass carries the vendor's next token, sealed, as {@code next_sync_token}.
     */
    public <R, F> Mono<UnifiedPage<R>> list(
            TenantContext tenant, UnifiedResource<R, F> resource, MultiValueMap<String, String> parameters) {
        return Mono.defer(() -> {
            ListQuery query = resource.query().parseList(parameters);
            F filter = resource.filters(query);
            ResourceSource<R, F> source = vendors.source(tenant.vendor(), resource);
            CursorBinding listing = new CursorBinding(tenant.id(), resource.name(), query.canonicalFilters());
            CursorBinding pass = new CursorBinding(tenant.id(), resource.name(), query.cursorScope());
            String position = query.cursor() == null ? null : cursors.decode(query.cursor(), pass);
            String since = query.syncToken() == null ? null : cursors.openSyncToken(query.syncToken(), listing);
            Instant updatedAfter = query.instant(ResourceQuery.UPDATED_AFTER);
            PageRequest request = new PageRequest(
                    query.limit(), position, query.includeRemoteData(), position == null ? since : null);
            return source.list(tenant, filter, request).map(page -> {
                List<R> records = page.records().stream()
                        .filter(record -> resource.updatedAfter(record, updatedAfter))
                        .toList();
                boolean last = page.nextPosition() == null;
                return new UnifiedPage<>(
                        records,
                        last ? null : cursors.encode(page.nextPosition(), pass),
                        records.size(),
                        query.sync() && last && page.syncToken() != null
                                ? cursors.sealSyncToken(page.syncToken(), listing)
                                : null);
            });
        });
    }

    /** One record by id; the parameters are the request's query string ({@code include_remote_data} only). */
    public <R> Mono<UnifiedResult<R>> get(
            TenantContext tenant, UnifiedResource<R, ?> resource, String id, MultiValueMap<String, String> parameters) {
        return Mono.defer(() -> {
            boolean includeRemoteData = resource.query().parseIncludeRemoteData(parameters);
            return vendors.source(tenant.vendor(), resource)
                    .get(tenant, id, includeRemoteData)
                    .map(UnifiedResult::new);
        });
    }
}
