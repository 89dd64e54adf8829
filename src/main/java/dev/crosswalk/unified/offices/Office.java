package dev.crosswalk.unified.offices;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crosswalk.unified.Reference;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An office (an ATS location) in the unified schema (docs/unified-schema.md).
 * {@code remote_data} is present only when the client asked for it.
 */
@Schema(description = "An office or work location of the organisation; offices nest through parent (e.g. a region)")
public record Office(
        @Schema(description = "The ATS's id of the location")
        String id,

        @Schema(description = "The office's name") String name,

        @Schema(
                description =
                        "The postal address in one line, e.g. \"548 Market St, San Francisco, California 94105, United States\"; "
                                + "null without an address")
        String location,

        @Schema(description = "The postal address; null when the ATS has none")
        Address address,

        @JsonProperty("is_remote") @Schema(description = "Whether this is a remote location (workplace type Remote)")
        boolean isRemote,

        @Schema(description = "The location it belongs to, e.g. a region; null at the top level")
        Reference parent,

        @JsonProperty("remote_data")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The ATS's object as received; only with include_remote_data=true")
        Object remoteData) {

    /** A postal address; each part may be null. */
    @Schema(description = "A postal address")
    public record Address(
            @Schema(description = "Street and number") String street,
            @Schema(description = "City or locality") String city,

            @Schema(description = "Region, state or province")
            String region,

            @JsonProperty("postal_code") @Schema(description = "Postal code")
            String postalCode,

            @Schema(description = "Country") String country) {}
}
