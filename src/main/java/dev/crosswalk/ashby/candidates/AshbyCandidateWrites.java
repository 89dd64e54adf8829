package dev.crosswalk.ashby.candidates;

import static dev.crosswalk.ashby.AshbyWriteChecks.checkIds;
import static dev.crosswalk.ashby.AshbyWriteChecks.createdSince;
import static dev.crosswalk.ashby.AshbyWriteChecks.idOf;
import static dev.crosswalk.ashby.AshbyWriteChecks.requireRecordId;
import static dev.crosswalk.ashby.AshbyWriteChecks.trimmed;

import dev.crosswalk.ashby.Ashby;
import dev.crosswalk.ashby.AshbyClient;
import dev.crosswalk.ashby.Received;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.candidates.Candidate;
import dev.crosswalk.unified.candidates.CandidateChanges;
import dev.crosswalk.unified.candidates.CandidateWrites;
import dev.crosswalk.unified.candidates.NewCandidate;
import dev.crosswalk.unified.candidates.UrlInput;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Candidate writes as Ashby calls ({@code candidate.create}, {@code candidate.update},
 * {@code candidate.addTag}), each one attempt. A creation with an unknown outcome is found again
 * with {@code candidate.search} by name and primary email, among candidates created since.
 */
@Component
class AshbyCandidateWrites extends Ashby.Part implements CandidateWrites {

    /** Unified link types → Ashby's. */
    private static final Map<String, String> LINK_TYPES = Map.of(
            "linkedin", "LinkedIn",
            "github", "GitHub",
            "twitter", "Twitter",
            "medium", "Medium",
            "stackoverflow", "StackOverflow",
            "youtube", "YouTube",
            "codepen", "CodePen",
            "website", "Website");

    private final AshbyClient client;
    private final AshbyCandidates candidates;

    AshbyCandidateWrites(AshbyClient client, AshbyCandidates candidates) {
        this.client = client;
        this.candidates = candidates;
    }

    @Override
    public Mono<Candidate> create(TenantContext tenant, NewCandidate candidate) {
        return Mono.defer(() -> {
            checkIds("source.id", idOf(candidate.source()));
            var request = new CandidateCreateRequest(
                    candidate.name().trim(),
                    candidate.primaryEmail(),
                    candidate.otherEmails(),
                    candidate.phones().isEmpty()
                            ? null
                            : candidate.phones().get(0).number(),
                    candidate.url("linkedin"),
                    candidate.url("github"),
                    candidate.url("website"),
                    idOf(candidate.source()));
            return client.write(tenant, "candidate.create", request, AshbyCandidate.class)
                    .map(this::candidate);
        });
    }

    /** {@code candidate.search} by name and primary email (Ashby ANDs them; at most 100 answers). */
    @Override
    public Mono<Candidate> findCreated(TenantContext tenant, NewCandidate candidate, Instant since) {
        String name = candidate.name().trim();
        String email = candidate.primaryEmail();
        String sourceId = idOf(candidate.source());
        return candidates
                .search(tenant, new CandidateSearchRequest(email, name))
                .flatMap(found -> Mono.justOrEmpty(found.stream()
                        .filter(received ->
                                name.equalsIgnoreCase(trimmed(received.value().name())))
                        .filter(received -> email == null || hasEmail(received.value(), email))
                        .filter(received -> sourceId == null
                                || received.value().source() != null
                                        && sourceId.equals(
                                                received.value().source().id()))
                        .filter(received -> createdSince(received.value().createdAt(), since))
                        .min(Comparator.comparing(received -> received.value().createdAt()))))
                .map(this::candidate);
    }

    @Override
    public Mono<Candidate> update(TenantContext tenant, String candidateId, CandidateChanges changes) {
        return Mono.defer(() -> {
            requireRecordId(candidateId, "candidate");
            checkIds("source.id", idOf(changes.source()));
            List<String> others = changes.otherEmails();
            var first = new CandidateUpdateRequest(
                    candidateId,
                    changes.name() == null ? null : changes.name().trim(),
                    changes.primaryEmail(),
                    others.isEmpty() ? null : others.get(0),
                    changes.phones() == null ? null : changes.phones().get(0).number(),
                    changes.urls() == null
                            ? null
                            : changes.urls().stream()
                                    .map(AshbyCandidateWrites::socialLink)
                                    .toList(),
                    idOf(changes.source()));
            // Ashby adds one alternate address per update: the others follow one by one. Adding an address
            // twice changes nothing, so a retry of a partly done update is safe.
            return client.write(tenant, "candidate.update", first, AshbyCandidate.class)
                    .flatMap(updated -> Flux.fromIterable(others.subList(Math.min(1, others.size()), others.size()))
                            .concatMap(address -> client.write(
                                    tenant,
                                    "candidate.update",
                                    CandidateUpdateRequest.alternateEmail(candidateId, address),
                                    AshbyCandidate.class))
                            .last(updated))
                    .map(this::candidate);
        });
    }

    @Override
    public Mono<Candidate> addTag(TenantContext tenant, String candidateId, String tagId) {
        return Mono.defer(() -> {
            requireRecordId(candidateId, "candidate");
            checkIds("tag_id", tagId);
            return client.write(
                            tenant,
                            "candidate.addTag",
                            new CandidateTagRequest(candidateId, tagId),
                            AshbyCandidate.class)
                    .map(this::candidate);
        });
    }

    private Candidate candidate(Received<AshbyCandidate> received) {
        return candidates.candidate(received, false);
    }

    private static CandidateUpdateRequest.SocialLink socialLink(UrlInput url) {
        return new CandidateUpdateRequest.SocialLink(LINK_TYPES.get(url.type()), url.url());
    }

    private static boolean hasEmail(AshbyCandidate candidate, String email) {
        return Stream.concat(
                        Stream.ofNullable(candidate.primaryEmailAddress()),
                        Ashby.orEmpty(candidate.emailAddresses()).stream())
                .filter(Objects::nonNull)
                .anyMatch(contact ->
                        contact.value() != null && contact.value().trim().equalsIgnoreCase(email.trim()));
    }
}
