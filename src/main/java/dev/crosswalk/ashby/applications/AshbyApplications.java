package dev.crosswalk.ashby.applications;

import dev.crosswalk.ashby.Ashby;
import dev.crosswalk.ashby.AshbyClient;
import dev.crosswalk.ashby.AshbyValues;
import dev.crosswalk.ashby.Received;
import dev.crosswalk.ashby.candidates.AshbyCandidates;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.OffsetPages;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.ResourceSource;
import dev.crosswalk.unified.UnifiedResource;
import dev.crosswalk.unified.applications.Application;
import dev.crosswalk.unified.applications.ApplicationFilter;
import dev.crosswalk.unified.applications.Applications;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Applications from Ashby: {@code application.list} one Ashby page per unified page, filtered there
 * by creation time, status and job; {@code application.info} by id. Ashby cannot list one
 * candidate's applications, so that listing pages the candidate's {@code applicationIds} by offset
 * and reads each application.
 */
@Component
public class AshbyApplications extends Ashby.Part implements ResourceSource<Application, ApplicationFilter> {

    /** Concurrent {@code application.info} calls for one page of a candidate's applications: Ashby throttles bursts. */
    private static final int APPLICATION_READS_IN_PARALLEL = 4;

    private final AshbyClient client;
    private final ApplicationMapper mapper;
    private final AshbyCandidates candidates;

    AshbyApplications(AshbyClient client, ApplicationMapper mapper, AshbyCandidates candidates) {
        this.client = client;
        this.mapper = mapper;
        this.candidates = candidates;
    }

    @Override
    public UnifiedResource<Application, ApplicationFilter> resource() {
        return Applications.RESOURCE;
    }

    @Override
    public Mono<Page<Application>> list(TenantContext tenant, ApplicationFilter filter, PageRequest page) {
        if (filter.isByCandidate()) {
            return candidateApplications(tenant, filter, page);
        }
        if (filter.jobId() != null && !Ashby.isId(filter.jobId())) {
            return Mono.just(new Page<>(List.of(), null));
        }
        ApplicationListRequest request = new ApplicationListRequest(
                page.limit(),
                page.position(),
                Ashby.epochMillis(filter.createdAfter()),
                filter.status() == null ? null : ashbyStatus(filter.status()),
                filter.jobId(),
                page.syncToken());
        return client.page(tenant, "application.list", request, AshbyApplication.class)
                .map(ashby -> Ashby.page(ashby, received -> application(received, page.includeRemoteData())));
    }

    @Override
    public Mono<Application> get(TenantContext tenant, String id, boolean includeRemoteData) {
        return info(tenant, id).map(received -> application(received, includeRemoteData));
    }

    /** {@code application.info}; an id that cannot be Ashby's is an unknown application, without asking Ashby. */
    public Mono<Received<AshbyApplication>> info(TenantContext tenant, String id) {
        if (!Ashby.isId(id)) {
            return Mono.error(Ashby.notFound("application", id));
        }
        return client.one(tenant, "application.info", new ApplicationInfoRequest(id), AshbyApplication.class);
    }

    /**
     * Ashby's {@code application.list} cannot filter by candidate, so the candidate's own list of
     * application ids is paged and each application read; the other filters are applied here to
     * what was read. An unknown candidate simply has no applications.
     */
    private Mono<Page<Application>> candidateApplications(
            TenantContext tenant, ApplicationFilter filter, PageRequest page) {
        int offset = OffsetPages.offset(page.position());
        if (!Ashby.isId(filter.candidateId())) {
            return Mono.just(new Page<>(List.of(), null));
        }
        return candidates
                .info(tenant, filter.candidateId())
                .map(candidate -> Ashby.orEmpty(candidate.value().applicationIds()))
                .onErrorResume(Ashby::isNotFound, notFound -> Mono.just(List.of()))
                .flatMap(ids -> Flux.fromIterable(OffsetPages.items(ids, offset, page.limit()))
                        .flatMapSequential(
                                id -> info(tenant, id)
                                        // deleted, or on a job this key may not see, since the candidate was read
                                        .onErrorResume(Ashby::isNotFound, notFound -> Mono.empty()),
                                APPLICATION_READS_IN_PARALLEL)
                        .filter(received -> matches(received.value(), filter))
                        .map(received -> application(received, page.includeRemoteData()))
                        .collectList()
                        .map(found -> new Page<>(found, OffsetPages.next(ids.size(), offset, page.limit()))));
    }

    private static boolean matches(AshbyApplication application, ApplicationFilter filter) {
        return (filter.createdAfter() == null
                        || application.createdAt() != null
                                && application.createdAt().isAfter(filter.createdAfter()))
                && (filter.jobId() == null
                        || application.job() != null
                                && filter.jobId().equals(application.job().id()))
                && (filter.status() == null || ashbyStatus(filter.status()).equals(application.status()));
    }

    /** Ashby's application status for a unified one, e.g. {@code archived} → {@code Archived}. */
    private static String ashbyStatus(String unifiedStatus) {
        return AshbyValues.ashbyValues(ApplicationMapper.STATUSES, unifiedStatus)
                .get(0);
    }

    Application application(Received<AshbyApplication> received, boolean includeRemoteData) {
        return mapper.toApplication(received.value(), includeRemoteData ? received.json() : null);
    }
}
