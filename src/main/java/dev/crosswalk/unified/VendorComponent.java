package dev.crosswalk.unified;

/**
 * A piece of one ATS vendor's implementation of the unified API (a resource's source, a resource's
 * writes): the {@link VendorRegistry} files it under {@link #vendor()}, the name a tenant's stored
 * credentials carry (e.g. {@code ashby}).
 */
public interface VendorComponent {

    /** The vendor this component belongs to, e.g. {@code ashby}. */
    String vendor();
}
