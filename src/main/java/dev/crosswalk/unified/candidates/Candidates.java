package dev.crosswalk.unified.candidates;

import dev.crosswalk.unified.FilterType;
import dev.crosswalk.unified.ListQuery;
import dev.crosswalk.unified.UnifiedResource;
import dev.crosswalk.unified.WriteRoute;

/** The candidates resource: people in the ATS, listed, searched, read, created and changed. */
public final class Candidates {

    public static final WriteRoute<CandidateWrites, NewCandidate, Candidate> CREATE = WriteRoute.create(
                    "createCandidate", NewCandidate.class, Candidate.class)
            .documented(
                    "Create a candidate",
                    "company and title cannot be set through the ATS's API and are refused; so are more than one phone "
                            + "number and link types other than linkedin, github and website (add those with PATCH). "
                            + "Retry with the same Idempotency-Key after a timeout: the gateway first looks for the "
                            + "candidate the timed-out attempt made (same name and primary email, created since).")
            .by(CandidateWrites.class, (writes, tenant, id, body) -> writes.create(tenant, body))
            .reconciledBy((writes, tenant, body, since) -> writes.findCreated(tenant, body, since), Candidate::id);

    public static final WriteRoute<CandidateWrites, CandidateChanges, Candidate> UPDATE = WriteRoute.update(
                    "updateCandidate", CandidateChanges.class, Candidate.class)
            .documented(
                    "Update a candidate",
                    "Absent fields stay as they are. The primary email address and phone number are replaced, other "
                            + "addresses added (never removed), links replaced as a whole.")
            .by(CandidateWrites.class, (writes, tenant, id, body) -> writes.update(tenant, id, body));

    public static final WriteRoute<CandidateWrites, TagAssignment, Candidate> ADD_TAG = WriteRoute.action(
                    "addCandidateTag", "tags", TagAssignment.class, Candidate.class)
            .documented(
                    "Add a tag to a candidate",
                    "Adding a tag the candidate already has changes nothing. Answers the candidate with its tags.")
            .by(CandidateWrites.class, (writes, tenant, id, body) -> writes.addTag(tenant, id, body.tagId()));

    public static final UnifiedResource<Candidate, CandidateFilter> RESOURCE = UnifiedResource.builder(
                    "candidates", "candidate", Candidate.class)
            .tag("Candidates", "People in the ATS: contact details, links, tags, files and their applications")
            .query(query -> query.filter(
                            "created_after",
                            FilterType.INSTANT,
                            "Only candidates created after this ISO-8601 timestamp, e.g. 2024-01-31T00:00:00Z")
                    .filter("email", FilterType.TEXT, "Candidates with this email address (a search: at most 100)")
                    .filter("name", FilterType.TEXT, "Candidates with this name (a search: at most 100)"))
            .listed(
                    "List candidates",
                    "One page per call; follow next_cursor until it is null. email and/or name search instead of "
                            + "listing (both must match) and cannot be combined with created_after.",
                    Candidates::filter)
            .gotById("Get a candidate", "An unknown id answers 404 not_found.")
            .write(CREATE)
            .write(UPDATE)
            .write(ADD_TAG)
            .syncable()
            .updatedAt(Candidate::updatedAt)
            .build();

    private Candidates() {}

    private static CandidateFilter filter(ListQuery query) {
        if (query.sync() && (query.has("email") || query.has("name"))) {
            throw ListQuery.syncUnsupported("Parameters 'email' and 'name' search the ATS, which cannot sync a search: "
                    + "sync the whole listing and filter on your side");
        }
        if (query.has("created_after") && (query.has("email") || query.has("name"))) {
            throw ListQuery.invalid(
                    "created_after", "cannot be combined with email or name (the ATS's search has no date filter)");
        }
        return new CandidateFilter(query.instant("created_after"), query.text("email"), query.text("name"));
    }
}
