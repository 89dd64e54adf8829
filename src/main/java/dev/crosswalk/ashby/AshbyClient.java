package dev.crosswalk.ashby;

import dev.crosswalk.ashby.AshbyErrors.Caller;
import dev.crosswalk.ashby.model.AshbyApiKey;
import dev.crosswalk.ashby.model.AshbyApplication;
import dev.crosswalk.ashby.model.AshbyApplicationFeedback;
import dev.crosswalk.ashby.model.AshbyArchiveReason;
import dev.crosswalk.ashby.model.AshbyCandidate;
import dev.crosswalk.ashby.model.AshbyCandidateTag;
import dev.crosswalk.ashby.model.AshbyDepartment;
import dev.crosswalk.ashby.model.AshbyFeedbackFormDefinition;
import dev.crosswalk.ashby.model.AshbyFileUrl;
import dev.crosswalk.ashby.model.AshbyInterviewSchedule;
import dev.crosswalk.ashby.model.AshbyInterviewStage;
import dev.crosswalk.ashby.model.AshbyJob;
import dev.crosswalk.ashby.model.AshbyJobPosting;
import dev.crosswalk.ashby.model.AshbyLocation;
import dev.crosswalk.ashby.model.AshbyNote;
import dev.crosswalk.ashby.model.AshbyOffer;
import dev.crosswalk.ashby.model.AshbyPage;
import dev.crosswalk.ashby.model.AshbyUser;
import dev.crosswalk.ashby.model.CandidateListRequest;
import dev.crosswalk.ashby.model.CandidateNotesRequest;
import dev.crosswalk.ashby.model.CandidateSearchRequest;
import dev.crosswalk.ashby.model.CandidateTagListRequest;
import dev.crosswalk.ashby.model.DepartmentInfoRequest;
import dev.crosswalk.ashby.model.DepartmentListRequest;
import dev.crosswalk.ashby.model.FileInfoRequest;
import dev.crosswalk.ashby.model.HiringProcessRequests;
import dev.crosswalk.ashby.model.IdRequest;
import dev.crosswalk.ashby.model.InterviewStageInfoRequest;
import dev.crosswalk.ashby.model.InterviewStageListRequest;
import dev.crosswalk.ashby.model.JobInfoRequest;
import dev.crosswalk.ashby.model.JobListRequest;
import dev.crosswalk.ashby.model.JobPostingInfoRequest;
import dev.crosswalk.ashby.model.LocationInfoRequest;
import dev.crosswalk.ashby.model.LocationListRequest;
import dev.crosswalk.ashby.model.Received;
import dev.crosswalk.ashby.model.UserIdRequest;
import dev.crosswalk.ashby.model.UserListRequest;
import dev.crosswalk.tenant.CredentialsRejectedEvent;
import dev.crosswalk.tenant.Secret;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ashby's RPC API as typed calls: {@code POST {base}/{method}} with a JSON body, the caller's key,
 * and the answer decoded once by {@link AshbyErrors}. Reads are retried, writes never.
 */
@Component
class AshbyClient {

    private static final byte[] EMPTY_OBJECT = "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final AshbyTransport transport;
    private final AshbyResilience resilience;
    private final AshbyErrors errors;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    AshbyClient(
            AshbyTransport transport, AshbyResilience resilience, JsonMapper json, ApplicationEventPublisher events) {
        this.transport = transport;
        this.resilience = resilience;
        this.errors = new AshbyErrors(json);
        this.json = json;
        this.events = events;
    }

    /** {@code apiKey.info} for a key that is not stored yet: a rejected key is a 422, not a tenant problem. */
    Mono<AshbyApiKey> apiKeyInfo(Secret apiKey) {
        return one(new Caller(null, apiKey), "apiKey.info", Map.of(), AshbyApiKey.class)
                .map(Received::value);
    }

    Mono<AshbyPage<AshbyCandidate>> listCandidates(TenantContext tenant, CandidateListRequest request) {
        return page(tenant, "candidate.list", request, AshbyCandidate.class);
    }

    Mono<Received<AshbyCandidate>> candidateInfo(TenantContext tenant, String id) {
        return one(caller(tenant), "candidate.info", new IdRequest(id), AshbyCandidate.class);
    }

    /** {@code candidate.search}: not paged, at most 100 matches. */
    Mono<List<Received<AshbyCandidate>>> searchCandidates(TenantContext tenant, CandidateSearchRequest request) {
        return all(caller(tenant), "candidate.search", request, AshbyCandidate.class);
    }

    // --- candidate records and organisation people ---

    Mono<AshbyPage<AshbyNote>> listNotes(TenantContext tenant, CandidateNotesRequest request) {
        return page(tenant, "candidate.listNotes", request, AshbyNote.class);
    }

    /** {@code file.info}: a read, though the link it mints expires within minutes. */
    Mono<AshbyFileUrl> fileInfo(TenantContext tenant, String fileHandle) {
        return one(caller(tenant), "file.info", new FileInfoRequest(fileHandle), AshbyFileUrl.class)
                .map(received -> {
                    AshbyFileUrl file = received.value();
                    if (file.url() == null || file.url().isBlank()) {
                        throw errors.unexpectedShape("file.info", null);
                    }
                    return file;
                });
    }

    Mono<AshbyPage<AshbyUser>> listUsers(TenantContext tenant, UserListRequest request) {
        return page(tenant, "user.list", request, AshbyUser.class);
    }

    Mono<Received<AshbyUser>> userInfo(TenantContext tenant, String userId) {
        return one(caller(tenant), "user.info", new UserIdRequest(userId), AshbyUser.class);
    }

    Mono<AshbyPage<AshbyCandidateTag>> listCandidateTags(TenantContext tenant, CandidateTagListRequest request) {
        return page(tenant, "candidateTag.list", request, AshbyCandidateTag.class);
    }

    // --- hiring process ---

    Mono<AshbyPage<AshbyApplication>> listApplications(
            TenantContext tenant, HiringProcessRequests.ApplicationList request) {
        return page(tenant, "application.list", request, AshbyApplication.class);
    }

    Mono<Received<AshbyApplication>> applicationInfo(TenantContext tenant, String id) {
        return one(
                caller(tenant),
                "application.info",
                new HiringProcessRequests.ApplicationInfo(id),
                AshbyApplication.class);
    }

    Mono<AshbyPage<AshbyInterviewSchedule>> listInterviewSchedules(
            TenantContext tenant, HiringProcessRequests.InterviewScheduleList request) {
        return page(tenant, "interviewSchedule.list", request, AshbyInterviewSchedule.class);
    }

    Mono<AshbyPage<AshbyOffer>> listOffers(TenantContext tenant, HiringProcessRequests.OfferList request) {
        return page(tenant, "offer.list", request, AshbyOffer.class);
    }

    Mono<Received<AshbyOffer>> offerInfo(TenantContext tenant, String id) {
        return one(caller(tenant), "offer.info", new HiringProcessRequests.OfferInfo(id), AshbyOffer.class);
    }

    Mono<AshbyPage<AshbyApplicationFeedback>> listApplicationFeedback(
            TenantContext tenant, HiringProcessRequests.ApplicationFeedbackList request) {
        return page(tenant, "applicationFeedback.list", request, AshbyApplicationFeedback.class);
    }

    Mono<AshbyFeedbackFormDefinition> feedbackFormDefinitionInfo(TenantContext tenant, String id) {
        return one(
                        caller(tenant),
                        "feedbackFormDefinition.info",
                        new HiringProcessRequests.FeedbackFormDefinitionInfo(id),
                        AshbyFeedbackFormDefinition.class)
                .map(Received::value);
    }

    /** {@code archiveReason.list}: not paged, every reason in one answer. */
    Mono<List<Received<AshbyArchiveReason>>> listArchiveReasons(TenantContext tenant, boolean includeArchived) {
        return all(
                caller(tenant),
                "archiveReason.list",
                new HiringProcessRequests.ArchiveReasonList(includeArchived),
                AshbyArchiveReason.class);
    }

    // --- jobs and organisation ---

    Mono<AshbyPage<AshbyJob>> listJobs(TenantContext tenant, JobListRequest request) {
        return page(tenant, "job.list", request, AshbyJob.class);
    }

    Mono<Received<AshbyJob>> jobInfo(TenantContext tenant, JobInfoRequest request) {
        return one(caller(tenant), "job.info", request, AshbyJob.class);
    }

    /** {@code interviewStage.list}: not paged, every stage of the plan. */
    Mono<List<Received<AshbyInterviewStage>>> listInterviewStages(TenantContext tenant, String interviewPlanId) {
        return all(
                caller(tenant),
                "interviewStage.list",
                new InterviewStageListRequest(interviewPlanId),
                AshbyInterviewStage.class);
    }

    Mono<Received<AshbyInterviewStage>> interviewStageInfo(TenantContext tenant, String interviewStageId) {
        return one(
                caller(tenant),
                "interviewStage.info",
                new InterviewStageInfoRequest(interviewStageId),
                AshbyInterviewStage.class);
    }

    /** {@code jobPosting.list}: not paged, the published postings of every job (summaries, without forms). */
    Mono<List<Received<AshbyJobPosting>>> listJobPostings(TenantContext tenant) {
        return all(caller(tenant), "jobPosting.list", Map.of(), AshbyJobPosting.class);
    }

    Mono<Received<AshbyJobPosting>> jobPostingInfo(TenantContext tenant, String jobPostingId) {
        return one(caller(tenant), "jobPosting.info", new JobPostingInfoRequest(jobPostingId), AshbyJobPosting.class);
    }

    Mono<AshbyPage<AshbyDepartment>> listDepartments(TenantContext tenant, DepartmentListRequest request) {
        return page(tenant, "department.list", request, AshbyDepartment.class);
    }

    Mono<Received<AshbyDepartment>> departmentInfo(TenantContext tenant, String departmentId) {
        return one(caller(tenant), "department.info", new DepartmentInfoRequest(departmentId), AshbyDepartment.class);
    }

    Mono<AshbyPage<AshbyLocation>> listLocations(TenantContext tenant, LocationListRequest request) {
        return page(tenant, "location.list", request, AshbyLocation.class);
    }

    Mono<Received<AshbyLocation>> locationInfo(TenantContext tenant, String locationId) {
        return one(caller(tenant), "location.info", new LocationInfoRequest(locationId), AshbyLocation.class);
    }

    /** A read answering one object in {@code results}. */
    private <T> Mono<Received<T>> one(Caller caller, String method, Object body, Class<T> type) {
        return call(caller, method, body, true, type).map(answer -> single(method, answer));
    }

    /** A read of an unpaged list: every result in one answer. */
    private <T> Mono<List<Received<T>>> all(Caller caller, String method, Object body, Class<T> type) {
        return call(caller, method, body, true, type).map(answer -> list(method, answer));
    }

    /** A call that changes data at Ashby and answers what it created or changed: one attempt only, so a lost answer never doubles a write. */
    <T> Mono<Received<T>> write(TenantContext tenant, String method, Object body, Class<T> type) {
        return call(caller(tenant), method, body, false, type).map(answer -> single(method, answer));
    }

    /** One page of a paged method; a page longer than the {@code limit} asked for is not one Ashby sends. */
    private <T> Mono<AshbyPage<T>> page(TenantContext tenant, String method, Object body, Class<T> type) {
        JsonNode requested = json.valueToTree(body).path("limit");
        Integer limit = requested.isNumber() ? requested.intValue() : null;
        return call(caller(tenant), method, body, true, type).map(answer -> {
            List<Received<T>> results = list(method, answer);
            if (answer.moreDataAvailable() && answer.nextCursor() == null || limit != null && results.size() > limit) {
                throw errors.unexpectedShape(method, null);
            }
            return new AshbyPage<>(results, answer.moreDataAvailable(), answer.nextCursor());
        });
    }

    private <T> Mono<AshbyAnswer<T>> call(
            Caller caller, String method, Object body, boolean idempotent, Class<T> type) {
        byte[] payload = body == null ? EMPTY_OBJECT : json.writeValueAsBytes(body);
        Mono<AshbyAnswer<T>> attempt = Mono.defer(() -> transport
                        .post(method, caller.apiKey())
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(payload)
                        .exchangeToMono(response -> declaresTooLarge(response)
                                // Refused on its Content-Length: no point reading megabytes only to drop them.
                                ? response.releaseBody()
                                        .then(Mono.error(
                                                new org.springframework.core.io.buffer.DataBufferLimitException(
                                                        "Content-Length above crosswalk.ashby.max-response-size")))
                                : response.bodyToMono(byte[].class)
                                        .defaultIfEmpty(new byte[0])
                                        .map(bytes -> errors.answer(
                                                caller,
                                                method,
                                                response.statusCode().value(),
                                                response.headers().asHttpHeaders(),
                                                bytes,
                                                type))))
                .timeout(transport.properties().responseTimeout())
                .onErrorMap(
                        failure -> !(failure instanceof CrosswalkException),
                        failure -> AshbyErrors.transportFailure(method, failure));
        return resilience
                .guard(caller, idempotent, attempt)
                .doOnError(UpstreamFailure.class, failure -> reportRejectedKey(caller, failure));
    }

    private boolean declaresTooLarge(org.springframework.web.reactive.function.client.ClientResponse response) {
        return response.headers().contentLength().orElse(-1)
                > transport.properties().maxResponseSize().toBytes();
    }

    /** Tells the tenant side that the stored key stopped working; off the I/O thread, as listeners write to the database. */
    private void reportRejectedKey(Caller caller, UpstreamFailure failure) {
        if (failure.code() == ProblemCode.UPSTREAM_AUTH_FAILED && !caller.onboarding()) {
            Schedulers.boundedElastic()
                    .schedule(() -> events.publishEvent(new CredentialsRejectedEvent(caller.tenantId())));
        }
    }

    private <T> List<Received<T>> list(String method, AshbyAnswer<T> answer) {
        if (answer.kind() != AshbyAnswer.Results.ARRAY) {
            throw errors.unexpectedShape(method, null);
        }
        return answer.results();
    }

    private <T> Received<T> single(String method, AshbyAnswer<T> answer) {
        if (answer.kind() != AshbyAnswer.Results.OBJECT) {
            throw errors.unexpectedShape(method, null);
        }
        return answer.results().get(0);
    }

    private static Caller caller(TenantContext tenant) {
        return new Caller(tenant.id(), tenant.apiKey());
    }
}
