package dev.crosswalk.ashby;

import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.ResourceSource;
import reactor.core.publisher.Mono;

/**
 * The common shape of an Ashby resource: one Ashby page per unified page from a paged list method
 * (the position is Ashby's cursor), and, where the resource has a get, one record from an info
 * method. A resource of this shape says only which methods, which request bodies and which mapping;
 * resources Ashby serves otherwise implement {@link ResourceSource} themselves.
 *
 * @param <A> Ashby's record
 * @param <R> the unified record
 * @param <F> the resource's filters
 */
public abstract class AshbyPagedSource<A, R, F> extends Ashby.Part implements ResourceSource<R, F> {

    private final AshbyClient client;
    private final Class<A> type;
    private final String listMethod;
    private final String infoMethod;

    /** @param infoMethod the method that reads one record by id; null when the resource has no get */
    protected AshbyPagedSource(AshbyClient client, Class<A> type, String listMethod, String infoMethod) {
        this.client = client;
        this.type = type;
        this.listMethod = listMethod;
        this.infoMethod = infoMethod;
    }

    /** The list method's body for one page ({@code page.limit()} and Ashby's cursor {@code page.position()}). */
    protected abstract Object listRequest(F filter, PageRequest page);

    /** The info method's body for one id; only called when the resource has an info method. */
    protected Object infoRequest(String id) {
        throw new UnsupportedOperationException(listMethod + " has no info method");
    }

    /** Ashby's record as the unified one; {@code remoteData} is the record as received, or null. */
    protected abstract R toUnified(A ashby, Object remoteData);

    @Override
    public Mono<Page<R>> list(TenantContext tenant, F filter, PageRequest page) {
        return client.page(tenant, listMethod, listRequest(filter, page), type)
                .map(ashby -> Ashby.page(ashby, received -> unified(received, page.includeRemoteData())));
    }

    @Override
    public Mono<R> get(TenantContext tenant, String id, boolean includeRemoteData) {
        if (!Ashby.isId(id)) {
            return Mono.error(Ashby.notFound(resource().singular().replace('_', ' '), id));
        }
        return client.one(tenant, infoMethod, infoRequest(id), type)
                .map(received -> unified(received, includeRemoteData));
    }

    private R unified(Received<A> received, boolean includeRemoteData) {
        return toUnified(received.value(), includeRemoteData ? received.json() : null);
    }
}
