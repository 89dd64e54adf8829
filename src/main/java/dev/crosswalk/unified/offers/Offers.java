package dev.crosswalk.unified.offers;

import dev.crosswalk.unified.FilterType;
import dev.crosswalk.unified.UnifiedResource;
import java.util.Set;

/** The offers resource: offers made on applications, with their terms' latest version. */
public final class Offers {

    public static final UnifiedResource<Offer, OfferFilter> RESOURCE = UnifiedResource.builder(
                    "offers", "offer", Offer.class)
            .tag("Offers", "Offers made on applications: status, decision and start date")
            .query(query -> query.filter(
                            "created_after",
                            FilterType.INSTANT,
                            "Only offers created after this ISO-8601 timestamp, e.g. 2024-01-31T00:00:00Z")
                    .filter("application_id", FilterType.TEXT, "Only offers made on this application")
                    .choiceFilter(
                            "status",
                            Set.of("draft", "approval_sent", "sent", "signed", "denied", "deprecated"),
                            "Only offers with this status"))
            .listed(
                    "List offers",
                    "One page per call; follow next_cursor until it is null. Filters combine (AND).",
                    query -> new OfferFilter(
                            query.instant("created_after"), query.text("application_id"), query.text("status")))
            .gotById("Get an offer", "An unknown id answers 404 not_found.")
            .syncable()
            .build();

    private Offers() {}
}
