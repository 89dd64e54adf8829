package dev.crosswalk.unified;

import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.cursor.CursorBinding;
import dev.crosswalk.unified.cursor.CursorCodec;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Turns a connector's page into the unified list envelope, the same way for every resource:
 * the client's cursor is opened (bound to tenant, resource and filters) into the connector's
 * position, one connector page is fetched, and its next position is sealed into {@code next_cursor}.
 */
@Component
public class Pagination {

    private final CursorCodec cursors;

    public Pagination(CursorCodec cursors) {
        this.cursors = cursors;
    }

    public <T> Mono<UnifiedPage<T>> page(
            TenantContext tenant, ListQuery query, Function<PageRequest, Mono<Page<T>>> fetch) {
        return Mono.defer(() -> {
            CursorBinding binding = new CursorBinding(tenant.id(), query.resource(), query.canonicalFilters());
            String position = query.cursor() == null ? null : cursors.decode(query.cursor(), binding);
            return fetch.apply(new PageRequest(query.limit(), position, query.includeRemoteData()))
                    .map(page -> new UnifiedPage<>(
                            page.records(),
                            page.nextPosition() == null ? null : cursors.encode(page.nextPosition(), binding),
                            page.records().size()));
        });
    }
}
