package dev.crosswalk.ashby.offers;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.crosswalk.ashby.AshbyCustomField;
import dev.crosswalk.ashby.AshbyUserRef;
import java.time.Instant;
import java.util.List;

/**
 * An offer as {@code offer.list} and {@code offer.info} return it. Only the latest version is read
 * ({@code offer.info}'s {@code versions} stay in {@code remote_data}). {@code decidedAt} is a plain
 * string in the spec (no date-time format), so it is kept as text and read leniently.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AshbyOffer(
        String id,
        String decidedAt,
        String applicationId,
        String acceptanceStatus,
        String offerStatus,
        Version latestVersion) {

    /** One version of the offer's terms. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Version(
            String id,
            Instant startDate,
            Instant createdAt,
            List<AshbyCustomField> customFields,
            AshbyUserRef author,
            String approvalStatus) {}
}
