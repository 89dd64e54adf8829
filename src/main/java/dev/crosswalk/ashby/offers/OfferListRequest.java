package dev.crosswalk.ashby.offers;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code offer.list}; {@code offerStatus} holds Ashby's statuses, any of which matches; absent values are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record OfferListRequest(
        Integer limit,
        String cursor,
        Long createdAfter,
        String applicationId,
        List<String> offerStatus,
        String syncToken) {}
