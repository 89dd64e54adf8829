package dev.crosswalk.ashby;

import dev.crosswalk.ashby.mapping.ApplicationMapper;
import dev.crosswalk.ashby.mapping.InterviewMapper;
import dev.crosswalk.ashby.mapping.OfferMapper;
import dev.crosswalk.ashby.mapping.RejectReasonMapper;
import dev.crosswalk.ashby.mapping.ScorecardMapper;
import dev.crosswalk.ashby.mapping.StatusFilters;
import dev.crosswalk.ashby.model.AshbyApplication;
import dev.crosswalk.ashby.model.AshbyApplicationFeedback;
import dev.crosswalk.ashby.model.AshbyFormDefinition;
import dev.crosswalk.ashby.model.AshbyInterviewSchedule;
import dev.crosswalk.ashby.model.AshbyPage;
import dev.crosswalk.ashby.model.HiringProcessRequests;
import dev.crosswalk.ashby.model.Received;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.applications.Application;
import dev.crosswalk.unified.applications.ApplicationFilter;
import dev.crosswalk.unified.interviews.Interview;
import dev.crosswalk.unified.interviews.InterviewFilter;
import dev.crosswalk.unified.offers.Offer;
import dev.crosswalk.unified.offers.OfferFilter;
import dev.crosswalk.unified.rejectreasons.RejectReason;
import dev.crosswalk.unified.scorecards.Scorecard;
import dev.crosswalk.unified.scorecards.ScorecardFilter;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The hiring-process resources (applications, interviews, offers, scorecards, reject reasons) over
 * Ashby, kept apart from {@link AshbyConnector}, which delegates here. Paged Ashby lists give one
 * unified page per Ashby page; the rest carry their own position:
 * <ul>
 * <li>applications of one candidate: an offset into the candidate's {@code applicationIds}, each
 *     application read with {@code application.info};</li>
 * <li>interviews: a {@link SchedulePosition} inside {@code interviewSchedule.list}, as one schedule
 *     holds several interviews;</li>
 * <li>reject reasons: an offset into {@code archiveReason.list}, which Ashby does not page.</li>
 * </ul>
 */
@Component
class AshbyHiringProcess {

    /** Concurrent {@code application.info} calls for one page of a candidate's applications: Ashby throttles bursts. */
    private static final int APPLICATION_READS_IN_PARALLEL = 4;
    /** How many empty Ashby pages (schedules without booked events) one page of interviews reads past. */
    private static final int EMPTY_SCHEDULE_PAGES_SKIPPED = 10;
    /** How far {@link #getInterview} searches: Ashby cannot look an interview event up by id. */
    static final int INTERVIEW_SEARCH_PAGES = 50;

    private static final int INTERVIEW_SEARCH_PAGE_SIZE = 100;

    private final AshbyClient client;
    private final ApplicationMapper applications;
    private final InterviewMapper interviews;
    private final OfferMapper offers;
    private final ScorecardMapper scorecards;
    private final RejectReasonMapper rejectReasons;

    AshbyHiringProcess(
            AshbyClient client,
            ApplicationMapper applications,
            InterviewMapper interviews,
            OfferMapper offers,
            ScorecardMapper scorecards,
            RejectReasonMapper rejectReasons) {
        this.client = client;
        this.applications = applications;
        this.interviews = interviews;
        this.offers = offers;
        this.scorecards = scorecards;
        this.rejectReasons = rejectReasons;
    }

    // ---- applications ----------------------------------------------------------------------------

    Mono<Page<Application>> listApplications(TenantContext tenant, ApplicationFilter filter, PageRequest page) {
        if (filter.isByCandidate()) {
            return candidateApplications(tenant, filter, page);
        }
        if (filter.jobId() != null && !AshbyConnector.isAshbyId(filter.jobId())) {
            return Mono.just(new Page<>(List.of(), null));
        }
        String status = filter.status() == null ? null : StatusFilters.applicationStatus(filter.status());
        return client.listApplications(
                        tenant,
                        new HiringProcessRequests.ApplicationList(
                                page.limit(),
                                page.position(),
                                epochMillis(filter.createdAfter()),
                                status,
                                filter.jobId()))
                .map(ashby -> page(ashby, received -> application(received, page.includeRemoteData())));
    }

    Mono<Application> getApplication(TenantContext tenant, String id, boolean includeRemoteData) {
        if (!AshbyConnector.isAshbyId(id)) {
            return Mono.error(notFound("application", id));
        }
        return client.applicationInfo(tenant, id).map(received -> application(received, includeRemoteData));
    }

    /**
     * Ashby's {@code application.list} cannot filter by candidate, so the candidate's own list of
     * application ids is paged and each application read; the other filters are applied here to
     * what was read. An unknown candidate simply has no applications.
     */
    private Mono<Page<Application>> candidateApplications(
            TenantContext tenant, ApplicationFilter filter, PageRequest page) {
        int offset = ListSlice.offset(page.position());
        if (!AshbyConnector.isAshbyId(filter.candidateId())) {
            return Mono.just(new Page<>(List.of(), null));
        }
        return client.candidateInfo(tenant, filter.candidateId())
                .map(candidate -> candidate.value().applicationIds() == null
                        ? List.<String>of()
                        : candidate.value().applicationIds())
                .onErrorResume(AshbyHiringProcess::isNotFound, notFound -> Mono.just(List.of()))
                .flatMap(ids -> Flux.fromIterable(ListSlice.items(ids, offset, page.limit()))
                        .flatMapSequential(
                                id -> client.applicationInfo(tenant, id)
                                        // an application deleted, or on a job this key may not see, since the candidate
                                        // was read
                                        .onErrorResume(AshbyHiringProcess::isNotFound, notFound -> Mono.empty()),
                                APPLICATION_READS_IN_PARALLEL)
                        .filter(received -> matches(received.value(), filter))
                        .map(received -> application(received, page.includeRemoteData()))
                        .collectList()
                        .map(found -> new Page<>(found, ListSlice.next(ids.size(), offset, page.limit()))));
    }

    private static boolean matches(AshbyApplication application, ApplicationFilter filter) {
        return (filter.createdAfter() == null
                        || application.createdAt() != null
                                && application.createdAt().isAfter(filter.createdAfter()))
                && (filter.jobId() == null
                        || application.job() != null
                                && filter.jobId().equals(application.job().id()))
                && (filter.status() == null
                        || StatusFilters.applicationStatus(filter.status()).equals(application.status()));
    }

    private Application application(Received<AshbyApplication> received, boolean includeRemoteData) {
        return applications.toApplication(received.value(), includeRemoteData ? received.json() : null);
    }

    // ---- interviews ------------------------------------------------------------------------------

    Mono<Page<Interview>> listInterviews(TenantContext tenant, InterviewFilter filter, PageRequest page) {
        if (filter.applicationId() != null && !AshbyConnector.isAshbyId(filter.applicationId())
                || filter.jobInterviewStageId() != null && !AshbyConnector.isAshbyId(filter.jobInterviewStageId())) {
            return Mono.just(new Page<>(List.of(), null));
        }
        return interviewPage(
                tenant,
                filter,
                SchedulePosition.parse(page.position(), page.limit()),
                page,
                EMPTY_SCHEDULE_PAGES_SKIPPED);
    }

    /**
     * One page of interviews from the Ashby page at {@code from}. When that Ashby page holds no
     * event at all (schedules not booked yet), the next one is read, a bounded number of times,
     * so clients rarely see an empty page that is not the last.
     */
    private Mono<Page<Interview>> interviewPage(
            TenantContext tenant, InterviewFilter filter, SchedulePosition from, PageRequest page, int emptyPagesLeft) {
        HiringProcessRequests.InterviewScheduleList request = new HiringProcessRequests.InterviewScheduleList(
                from.ashbyLimit(),
                from.cursor(),
                epochMillis(filter.createdAfter()),
                filter.applicationId(),
                filter.jobInterviewStageId());
        return client.listInterviewSchedules(tenant, request).flatMap(ashby -> {
            Page<Interview> served = interviewsFrom(ashby, from, page);
            if (served.records().isEmpty() && served.nextPosition() != null && emptyPagesLeft > 0) {
                return interviewPage(
                        tenant,
                        filter,
                        SchedulePosition.parse(served.nextPosition(), page.limit()),
                        page,
                        emptyPagesLeft - 1);
            }
            return Mono.just(served);
        });
    }

    /** The events of one Ashby page from {@code from} on, at most {@code page.limit()}, and where to go on. */
    private Page<Interview> interviewsFrom(
            AshbyPage<AshbyInterviewSchedule> ashby, SchedulePosition from, PageRequest page) {
        List<Interview> served = new ArrayList<>();
        List<Received<AshbyInterviewSchedule>> schedules = ashby.results();
        for (int s = from.schedule(); s < schedules.size(); s++) {
            Received<AshbyInterviewSchedule> schedule = schedules.get(s);
            List<AshbyInterviewSchedule.Event> events = events(schedule.value());
            for (int e = s == from.schedule() ? from.event() : 0; e < events.size(); e++) {
                if (served.size() == page.limit()) {
                    return new Page<>(served, new SchedulePosition(from.ashbyLimit(), s, e, from.cursor()).write());
                }
                served.add(interviews.toInterview(
                        schedule.value(), events.get(e), page.includeRemoteData() ? schedule.json() : null));
            }
        }
        return new Page<>(
                served,
                ashby.moreDataAvailable()
                        ? SchedulePosition.startOf(from.ashbyLimit(), ashby.nextCursor())
                                .write()
                        : null);
    }

    /**
     * Ashby has no lookup of one interview event, so schedules are searched page by page (largest
     * pages, oldest first), at most {@link #INTERVIEW_SEARCH_PAGES} pages.
     */
    Mono<Interview> getInterview(TenantContext tenant, String id, boolean includeRemoteData) {
        if (!AshbyConnector.isAshbyId(id)) {
            return Mono.error(notFound("interview", id));
        }
        return searchInterview(tenant, id, null, INTERVIEW_SEARCH_PAGES, includeRemoteData)
                .switchIfEmpty(Mono.error(() -> notFound("interview", id)));
    }

    private Mono<Interview> searchInterview(
            TenantContext tenant, String id, String cursor, int pagesLeft, boolean includeRemoteData) {
        return client.listInterviewSchedules(
                        tenant,
                        new HiringProcessRequests.InterviewScheduleList(
                                INTERVIEW_SEARCH_PAGE_SIZE, cursor, null, null, null))
                .flatMap(ashby -> {
                    for (Received<AshbyInterviewSchedule> schedule : ashby.results()) {
                        for (AshbyInterviewSchedule.Event event : events(schedule.value())) {
                            if (id.equals(event.id())) {
                                return Mono.just(interviews.toInterview(
                                        schedule.value(), event, includeRemoteData ? schedule.json() : null));
                            }
                        }
                    }
                    return ashby.moreDataAvailable() && pagesLeft > 1
                            ? searchInterview(tenant, id, ashby.nextCursor(), pagesLeft - 1, includeRemoteData)
                            : Mono.empty();
                });
    }

    private static List<AshbyInterviewSchedule.Event> events(AshbyInterviewSchedule schedule) {
        return schedule.interviewEvents() == null
                ? List.of()
                : schedule.interviewEvents().stream().filter(Objects::nonNull).toList();
    }

    // ---- offers ----------------------------------------------------------------------------------

    Mono<Page<Offer>> listOffers(TenantContext tenant, OfferFilter filter, PageRequest page) {
        if (filter.applicationId() != null && !AshbyConnector.isAshbyId(filter.applicationId())) {
            return Mono.just(new Page<>(List.of(), null));
        }
        List<String> statuses = filter.status() == null ? null : StatusFilters.offerStatuses(filter.status());
        return client.listOffers(
                        tenant,
                        new HiringProcessRequests.OfferList(
                                page.limit(),
                                page.position(),
                                epochMillis(filter.createdAfter()),
                                filter.applicationId(),
                                statuses))
                .map(ashby -> page(
                        ashby,
                        received ->
                                offers.toOffer(received.value(), page.includeRemoteData() ? received.json() : null)));
    }

    Mono<Offer> getOffer(TenantContext tenant, String id, boolean includeRemoteData) {
        if (!AshbyConnector.isAshbyId(id)) {
            return Mono.error(notFound("offer", id));
        }
        return client.offerInfo(tenant, id)
                .map(received -> offers.toOffer(received.value(), includeRemoteData ? received.json() : null));
    }

    // ---- scorecards ------------------------------------------------------------------------------

    /**
     * Feedback carries the form it was submitted on; only where it does not is the form read with
     * {@code feedbackFormDefinition.info}, once per form and page.
     */
    Mono<Page<Scorecard>> listScorecards(TenantContext tenant, ScorecardFilter filter, PageRequest page) {
        if (filter.applicationId() != null && !AshbyConnector.isAshbyId(filter.applicationId())) {
            return Mono.just(new Page<>(List.of(), null));
        }
        return client.listApplicationFeedback(
                        tenant,
                        new HiringProcessRequests.ApplicationFeedbackList(
                                page.limit(),
                                page.position(),
                                epochMillis(filter.createdAfter()),
                                filter.applicationId()))
                .flatMap(ashby -> missingForms(tenant, ashby.results())
                        .map(forms -> page(ashby, received -> {
                            AshbyApplicationFeedback feedback = received.value();
                            AshbyFormDefinition form = hasFields(feedback.formDefinition())
                                    ? feedback.formDefinition()
                                    : forms.getOrDefault(feedback.feedbackFormDefinitionId(), Optional.empty())
                                            .orElse(null);
                            return scorecards.toScorecard(
                                    feedback, form, page.includeRemoteData() ? received.json() : null);
                        })));
    }

    /** The forms the page's feedback does not carry, read once each; a form Ashby no longer has is empty. */
    private Mono<Map<String, Optional<AshbyFormDefinition>>> missingForms(
            TenantContext tenant, List<Received<AshbyApplicationFeedback>> feedback) {
        List<String> formIds = feedback.stream()
                .map(Received::value)
                .filter(item -> !hasFields(item.formDefinition()) && item.feedbackFormDefinitionId() != null)
                .map(AshbyApplicationFeedback::feedbackFormDefinitionId)
                .filter(AshbyConnector::isAshbyId)
                .distinct()
                .toList();
        return Flux.fromIterable(formIds)
                .concatMap(formId -> client.feedbackFormDefinitionInfo(tenant, formId)
                        .map(form -> Map.entry(formId, Optional.ofNullable(form.formDefinition())))
                        .onErrorResume(
                                AshbyHiringProcess::isNotFound,
                                notFound -> Mono.just(Map.entry(formId, Optional.empty()))))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static boolean hasFields(AshbyFormDefinition form) {
        return form != null && form.sections() != null && !form.sections().isEmpty();
    }

    // ---- reject reasons --------------------------------------------------------------------------

    /** {@code archiveReason.list} answers whole; the gateway pages it. */
    Mono<Page<RejectReason>> listRejectReasons(TenantContext tenant, boolean includeArchived, PageRequest page) {
        int offset = ListSlice.offset(page.position());
        return client.listArchiveReasons(tenant, includeArchived)
                .map(all -> new Page<>(
                        ListSlice.items(all, offset, page.limit()).stream()
                                .map(received -> rejectReasons.toRejectReason(
                                        received.value(), page.includeRemoteData() ? received.json() : null))
                                .toList(),
                        ListSlice.next(all.size(), offset, page.limit())));
    }

    // ---- shared ----------------------------------------------------------------------------------

    /** One unified page from one Ashby page; Ashby's cursor is the next position. */
    private static <A, U> Page<U> page(AshbyPage<A> ashby, Function<Received<A>, U> map) {
        return new Page<>(
                ashby.results().stream().map(map).toList(), ashby.moreDataAvailable() ? ashby.nextCursor() : null);
    }

    private static Long epochMillis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static boolean isNotFound(Throwable failure) {
        return failure instanceof CrosswalkException crosswalk && crosswalk.code() == ProblemCode.NOT_FOUND;
    }

    private static CrosswalkException notFound(String what, String id) {
        return new CrosswalkException(ProblemCode.NOT_FOUND, "No " + what + " with id " + id);
    }
}
