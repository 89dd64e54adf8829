package dev.crosswalk.unified;

import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import reactor.core.publisher.Mono;

/**
 * How one vendor lists (and, where the resource has it, gets) the records of one unified resource.
 * A vendor package implements it once per resource it serves; failures surface as
 * {@link CrosswalkException} with contract codes, never as the vendor's HTTP.
 *
 * @param <R> the unified record
 * @param <F> the resource's typed filters, built by its {@link UnifiedResource} from the query
 */
public interface ResourceSource<R, F> extends VendorComponent {

    /** The resource this source serves. */
    UnifiedResource<R, F> resource();

    /**
     * One page: at most {@code page.limit()} records from {@code page.position()} (null: the first
     * page). The returned next position is null exactly when this was the last page.
     */
    Mono<Page<R>> list(TenantContext tenant, F filter, PageRequest page);

    /** One record; an unknown id fails with {@code NOT_FOUND}. Only called where the resource declares a get. */
    default Mono<R> get(TenantContext tenant, String id, boolean includeRemoteData) {
        return Mono.error(new CrosswalkException(
                ProblemCode.NOT_FOUND,
                "The ATS cannot look up one " + resource().singular() + " by id"));
    }
}
