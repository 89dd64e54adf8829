package dev.crosswalk.unified.offers;

import java.time.Instant;

/**
 * The offer list filters; null means "not filtered". {@code status} is a unified value
 * ({@code draft|approval_sent|sent|signed|denied|deprecated}).
 */
public record OfferFilter(Instant createdAfter, String applicationId, String status) {}
