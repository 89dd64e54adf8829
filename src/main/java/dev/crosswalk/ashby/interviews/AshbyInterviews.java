package dev.crosswalk.ashby.interviews;

import dev.crosswalk.ashby.Ashby;
import dev.crosswalk.ashby.AshbyClient;
import dev.crosswalk.ashby.AshbyPage;
import dev.crosswalk.ashby.Received;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.ResourceSource;
import dev.crosswalk.unified.UnifiedResource;
import dev.crosswalk.unified.interviews.Interview;
import dev.crosswalk.unified.interviews.InterviewFilter;
import dev.crosswalk.unified.interviews.Interviews;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Interviews from Ashby's {@code interviewSchedule.list}: one unified record per interview event of
 * a schedule. The position is a {@link SchedulePosition} (Ashby's page, the schedule in it, the
 * event in that), as one schedule holds several interviews. Ashby cannot look one event up, so a
 * get searches the schedules.
 */
@Component
class AshbyInterviews extends Ashby.Part implements ResourceSource<Interview, InterviewFilter> {

    /** How many empty Ashby pages (schedules without booked events) one page of interviews reads past. */
    private static final int EMPTY_SCHEDULE_PAGES_SKIPPED = 10;
    /** How far {@link #get} searches: Ashby cannot look an interview event up by id. */
    static final int INTERVIEW_SEARCH_PAGES = 50;

    private static final int INTERVIEW_SEARCH_PAGE_SIZE = 100;

    private final AshbyClient client;
    private final InterviewMapper mapper;

    AshbyInterviews(AshbyClient client, InterviewMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    @Override
    public UnifiedResource<Interview, InterviewFilter> resource() {
        return Interviews.RESOURCE;
    }

    @Override
    public Mono<Page<Interview>> list(TenantContext tenant, InterviewFilter filter, PageRequest page) {
        if (filter.applicationId() != null && !Ashby.isId(filter.applicationId())
                || filter.jobInterviewStageId() != null && !Ashby.isId(filter.jobInterviewStageId())) {
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
        InterviewScheduleListRequest request = new InterviewScheduleListRequest(
                from.ashbyLimit(),
                from.cursor(),
                Ashby.epochMillis(filter.createdAfter()),
                filter.applicationId(),
                filter.jobInterviewStageId(),
                from.cursor() == null ? page.syncToken() : null);
        return schedules(tenant, request).flatMap(ashby -> {
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
                served.add(mapper.toInterview(
                        schedule.value(), events.get(e), page.includeRemoteData() ? schedule.json() : null));
            }
        }
        return new Page<>(
                served,
                ashby.moreDataAvailable()
                        ? SchedulePosition.startOf(from.ashbyLimit(), ashby.nextCursor())
                                .write()
                        : null,
                ashby.syncToken());
    }

    /**
     * Ashby has no lookup of one interview event, so schedules are searched page by page (largest
     * pages, oldest first), at most {@link #INTERVIEW_SEARCH_PAGES} pages.
     */
    @Override
    public Mono<Interview> get(TenantContext tenant, String id, boolean includeRemoteData) {
        if (!Ashby.isId(id)) {
            return Mono.error(Ashby.notFound("interview", id));
        }
        return search(tenant, id, null, INTERVIEW_SEARCH_PAGES, includeRemoteData)
                .switchIfEmpty(Mono.error(() -> Ashby.notFound("interview", id)));
    }

    private Mono<Interview> search(
            TenantContext tenant, String id, String cursor, int pagesLeft, boolean includeRemoteData) {
        return schedules(
                        tenant,
                        new InterviewScheduleListRequest(INTERVIEW_SEARCH_PAGE_SIZE, cursor, null, null, null, null))
                .flatMap(ashby -> {
                    for (Received<AshbyInterviewSchedule> schedule : ashby.results()) {
                        for (AshbyInterviewSchedule.Event event : events(schedule.value())) {
                            if (id.equals(event.id())) {
                                return Mono.just(mapper.toInterview(
                                        schedule.value(), event, includeRemoteData ? schedule.json() : null));
                            }
                        }
                    }
                    return ashby.moreDataAvailable() && pagesLeft > 1
                            ? search(tenant, id, ashby.nextCursor(), pagesLeft - 1, includeRemoteData)
                            : Mono.empty();
                });
    }

    private Mono<AshbyPage<AshbyInterviewSchedule>> schedules(
            TenantContext tenant, InterviewScheduleListRequest request) {
        return client.page(tenant, "interviewSchedule.list", request, AshbyInterviewSchedule.class);
    }

    private static List<AshbyInterviewSchedule.Event> events(AshbyInterviewSchedule schedule) {
        return schedule.interviewEvents() == null
                ? List.of()
                : schedule.interviewEvents().stream().filter(Objects::nonNull).toList();
    }
}
