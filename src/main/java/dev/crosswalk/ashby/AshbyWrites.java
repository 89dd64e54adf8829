package dev.crosswalk.ashby;

import dev.crosswalk.ashby.mapping.ActivityMapper;
import dev.crosswalk.ashby.mapping.ApplicationMapper;
import dev.crosswalk.ashby.mapping.CandidateMapper;
import dev.crosswalk.ashby.model.AshbyApplication;
import dev.crosswalk.ashby.model.AshbyCandidate;
import dev.crosswalk.ashby.model.AshbyInterviewStage;
import dev.crosswalk.ashby.model.AshbyNote;
import dev.crosswalk.ashby.model.CandidateNotesRequest;
import dev.crosswalk.ashby.model.CandidateSearchRequest;
import dev.crosswalk.ashby.model.Received;
import dev.crosswalk.ashby.model.WriteRequests;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.AtsWrites;
import dev.crosswalk.unified.Reference;
import dev.crosswalk.unified.activities.Activity;
import dev.crosswalk.unified.activities.NewNote;
import dev.crosswalk.unified.applications.Application;
import dev.crosswalk.unified.applications.NewApplication;
import dev.crosswalk.unified.candidates.Candidate;
import dev.crosswalk.unified.candidates.CandidateChanges;
import dev.crosswalk.unified.candidates.NewCandidate;
import dev.crosswalk.unified.candidates.UrlInput;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Unified writes as Ashby calls, each one attempt ({@link AshbyClient#write}). The look-ups that
 * reconcile a creation whose outcome was unknown accept only records created since the first
 * attempt (less {@link #CLOCK_SKEW}, as Ashby's clock is not ours) that match what was sent, and
 * adopt the oldest such record.
 */
@Component
class AshbyWrites implements AtsWrites {

    /** How far Ashby's clock may be behind ours when comparing its {@code createdAt} with the first attempt. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    /** How many pages of a candidate's notes a reconciliation reads at most (100 notes each). */
    private static final int NOTE_PAGES = 10;

    private static final Map<String, String> LINK_TYPES = Map.of(
            "linkedin",
            "LinkedIn",
            "github",
            "GitHub",
            "twitter",
            "Twitter",
            "medium",
            "Medium",
            "stackoverflow",
            "StackOverflow",
            "youtube",
            "YouTube",
            "codepen",
            "CodePen",
            "website",
            "Website");

    private final AshbyClient client;
    private final CandidateMapper candidates;
    private final ApplicationMapper applications;
    private final ActivityMapper activities;

    AshbyWrites(
            AshbyClient client, CandidateMapper candidates, ApplicationMapper applications, ActivityMapper activities) {
        this.client = client;
        this.candidates = candidates;
        this.applications = applications;
        this.activities = activities;
    }

    // --- candidates ---

    @Override
    public Mono<Candidate> createCandidate(TenantContext tenant, NewCandidate candidate) {
        return Mono.defer(() -> {
            checkIds("source.id", idOf(candidate.source()));
            var request = new WriteRequests.CandidateCreate(
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
    public Mono<Candidate> findCreatedCandidate(TenantContext tenant, NewCandidate candidate, Instant since) {
        String name = candidate.name().trim();
        String email = candidate.primaryEmail();
        String sourceId = idOf(candidate.source());
        return client.searchCandidates(tenant, new CandidateSearchRequest(email, name))
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
    public Mono<Candidate> updateCandidate(TenantContext tenant, String candidateId, CandidateChanges changes) {
        return Mono.defer(() -> {
            requireRecordId(candidateId, "candidate");
            checkIds("source.id", idOf(changes.source()));
            List<String> others = changes.otherEmails();
            var first = new WriteRequests.CandidateUpdate(
                    candidateId,
                    changes.name() == null ? null : changes.name().trim(),
                    changes.primaryEmail(),
                    others.isEmpty() ? null : others.get(0),
                    changes.phones() == null ? null : changes.phones().get(0).number(),
                    changes.urls() == null
                            ? null
                            : changes.urls().stream()
                                    .map(AshbyWrites::socialLink)
                                    .toList(),
                    idOf(changes.source()));
            // Ashby adds one alternate address per update: the others follow one by one. Adding an address
            // twice changes nothing, so a retry of a partly done update is safe.
            return client.write(tenant, "candidate.update", first, AshbyCandidate.class)
                    .flatMap(updated -> Flux.fromIterable(others.subList(Math.min(1, others.size()), others.size()))
                            .concatMap(address -> client.write(
                                    tenant,
                                    "candidate.update",
                                    WriteRequests.CandidateUpdate.alternateEmail(candidateId, address),
                                    AshbyCandidate.class))
                            .last(updated))
                    .map(this::candidate);
        });
    }

    @Override
    public Mono<Candidate> addCandidateTag(TenantContext tenant, String candidateId, String tagId) {
        return Mono.defer(() -> {
            requireRecordId(candidateId, "candidate");
            checkIds("tag_id", tagId);
            return client.write(
                            tenant,
                            "candidate.addTag",
                            new WriteRequests.CandidateTag(candidateId, tagId),
                            AshbyCandidate.class)
                    .map(this::candidate);
        });
    }

    // --- applications ---

    @Override
    public Mono<Application> createApplication(TenantContext tenant, NewApplication application) {
        return Mono.defer(() -> {
            checkIds(
                    "candidate.id",
                    application.candidate().id(),
                    "job.id",
                    application.job().id(),
                    "stage.id",
                    idOf(application.stage()),
                    "source.id",
                    idOf(application.source()));
            var request = new WriteRequests.ApplicationCreate(
                    application.candidate().id(),
                    application.job().id(),
                    idOf(application.stage()),
                    idOf(application.source()));
            return client.write(tenant, "application.create", request, AshbyApplication.class)
                    .map(this::application);
        });
    }

    /** The candidate's applications ({@code candidate.info} → {@code applicationIds}), read one by one, for one to the job. */
    @Override
    public Mono<Application> findCreatedApplication(TenantContext tenant, NewApplication application, Instant since) {
        String jobId = application.job().id();
        return client.candidateInfo(tenant, application.candidate().id())
                .flatMapMany(
                        candidate -> Flux.fromIterable(orEmpty(candidate.value().applicationIds())))
                .flatMap(id -> client.applicationInfo(tenant, id), 2)
                .filter(received -> received.value().job() != null
                        && jobId.equals(received.value().job().id()))
                .filter(received -> createdSince(received.value().createdAt(), since))
                .sort(Comparator.comparing(received -> received.value().createdAt()))
                .next()
                .map(this::application);
    }

    @Override
    public Mono<Application> moveApplication(TenantContext tenant, String applicationId, String stageId) {
        return Mono.defer(() -> {
            requireRecordId(applicationId, "application");
            checkIds("stage.id", stageId);
            return changeStage(tenant, new WriteRequests.StageChange(applicationId, stageId, null));
        });
    }

    /**
     * Ashby archives by moving to the Archived stage of the application's own interview plan
     * ({@code application.info} → plan → {@code interviewStage.list}) with an archive reason.
     */
    @Override
    public Mono<Application> rejectApplication(TenantContext tenant, String applicationId, String rejectReasonId) {
        return Mono.defer(() -> {
            requireRecordId(applicationId, "application");
            checkIds("reject_reason.id", rejectReasonId);
            return client.applicationInfo(tenant, applicationId)
                    .flatMap(application -> archivedStage(tenant, application.value()))
                    .flatMap(stage -> changeStage(
                            tenant, new WriteRequests.StageChange(applicationId, stage.id(), rejectReasonId)));
        });
    }

    private Mono<AshbyInterviewStage> archivedStage(TenantContext tenant, AshbyApplication application) {
        String planId = application.currentInterviewStage() == null
                ? null
                : application.currentInterviewStage().interviewPlanId();
        if (planId == null) {
            return Mono.error(new CrosswalkException(
                    ProblemCode.UPSTREAM_ERROR,
                    "Ashby did not say which interview plan application " + application.id() + " follows"));
        }
        return client.listInterviewStages(tenant, planId)
                .flatMap(stages -> Mono.justOrEmpty(stages.stream()
                        .map(Received::value)
                        .filter(stage -> "Archived".equals(stage.type()))
                        .findFirst()))
                .switchIfEmpty(Mono.error(() -> new CrosswalkException(
                        ProblemCode.CONFLICT,
                        "The application's interview plan has no Archived stage to reject it into")));
    }

    private Mono<Application> changeStage(TenantContext tenant, WriteRequests.StageChange request) {
        return client.write(tenant, "application.changeStage", request, AshbyApplication.class)
                .map(this::application);
    }

    // --- notes ---

    @Override
    public Mono<Activity> createNote(TenantContext tenant, NewNote note) {
        return Mono.defer(() -> {
            checkIds("candidate.id", note.candidate().id());
            var request = WriteRequests.NoteCreate.plainText(note.candidate().id(), note.body(), note.isPrivate());
            return client.write(tenant, "candidate.createNote", request, AshbyNote.class)
                    .map(created -> activities.toActivity(
                            created.value(), note.candidate().id(), null));
        });
    }

    /** The candidate's notes ({@code candidate.listNotes}, up to {@value #NOTE_PAGES} pages) for one with the same text and visibility. */
    @Override
    public Mono<Activity> findCreatedNote(TenantContext tenant, NewNote note, Instant since) {
        String candidateId = note.candidate().id();
        return notes(tenant, candidateId, null, NOTE_PAGES)
                .filter(found ->
                        Objects.equals(trimmed(found.content()), note.body().trim()))
                .filter(found -> Boolean.TRUE.equals(found.isPrivate()) == note.isPrivate())
                .filter(found -> createdSince(found.createdAt(), since))
                .sort(Comparator.comparing(AshbyNote::createdAt))
                .next()
                .map(found -> activities.toActivity(found, candidateId, null));
    }

    private Flux<AshbyNote> notes(TenantContext tenant, String candidateId, String cursor, int pagesLeft) {
        return client.listNotes(tenant, new CandidateNotesRequest(candidateId, 100, cursor))
                .flatMapMany(page -> Flux.fromIterable(page.results())
                        .map(Received::value)
                        .concatWith(
                                page.moreDataAvailable() && pagesLeft > 1
                                        ? notes(tenant, candidateId, page.nextCursor(), pagesLeft - 1)
                                        : Flux.empty()));
    }

    // --- helpers ---

    private Candidate candidate(Received<AshbyCandidate> received) {
        return candidates.toCandidate(received.value(), null);
    }

    private Application application(Received<AshbyApplication> received) {
        return applications.toApplication(received.value(), null);
    }

    private static WriteRequests.SocialLink socialLink(UrlInput url) {
        return new WriteRequests.SocialLink(LINK_TYPES.get(url.type()), url.url());
    }

    /**
     * Ids in the body that cannot be Ashby ids are the client's mistake: a 400 naming each, before
     * any call. Takes pairs of field name and id; absent (null) ids are skipped.
     */
    private static void checkIds(String... fieldsAndIds) {
        List<String> malformed = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < fieldsAndIds.length; i += 2) {
            if (fieldsAndIds[i + 1] != null && !AshbyConnector.isAshbyId(fieldsAndIds[i + 1])) {
                malformed.add(fieldsAndIds[i]);
            }
        }
        if (!malformed.isEmpty()) {
            throw new CrosswalkException(
                    ProblemCode.INVALID_REQUEST,
                    "Invalid request body: "
                            + String.join(
                                    "; ",
                                    malformed.stream()
                                            .map(field -> field + ": is not a valid id")
                                            .toList()));
        }
    }

    /** An id in the path that cannot be an Ashby id names no record, as on reads. */
    private static void requireRecordId(String id, String kind) {
        if (!AshbyConnector.isAshbyId(id)) {
            throw new CrosswalkException(ProblemCode.NOT_FOUND, "No " + kind + " with id " + id);
        }
    }

    private static boolean createdSince(Instant createdAt, Instant since) {
        return createdAt != null && !createdAt.isBefore(since.minus(CLOCK_SKEW));
    }

    private static boolean hasEmail(AshbyCandidate candidate, String email) {
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.ofNullable(candidate.primaryEmailAddress()),
                        orEmpty(candidate.emailAddresses()).stream())
                .filter(Objects::nonNull)
                .anyMatch(contact ->
                        contact.value() != null && contact.value().trim().equalsIgnoreCase(email.trim()));
    }

    private static String idOf(Reference reference) {
        return reference == null ? null : reference.id();
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
