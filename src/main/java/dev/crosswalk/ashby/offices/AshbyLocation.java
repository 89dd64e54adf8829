package dev.crosswalk.ashby.offices;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A location as {@code location.list} and {@code location.info} return it (and {@code job.info}
 * with {@code expand: ["location"]}). {@code type} {@code LocationHierarchy} marks a region.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AshbyLocation(
        String id,
        String name,
        String externalName,
        Boolean isArchived,
        Address address,
        Boolean isRemote,
        String workplaceType,
        String parentLocationId,
        String type) {

    /** Ashby wraps the postal address in one more object. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Address(PostalAddress postalAddress) {}

    /** Each part optional. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PostalAddress(
            String streetAddress,
            String addressLocality,
            String addressRegion,
            String postalCode,
            String addressCountry) {}
}
