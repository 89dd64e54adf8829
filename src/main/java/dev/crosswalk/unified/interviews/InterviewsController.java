package dev.crosswalk.unified.interviews;

import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.AtsConnector;
import dev.crosswalk.unified.FilterType;
import dev.crosswalk.unified.ListQuery;
import dev.crosswalk.unified.Pagination;
import dev.crosswalk.unified.ResourceQuery;
import dev.crosswalk.unified.UnifiedPage;
import dev.crosswalk.unified.UnifiedResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code /unified/ats/interviews}: list (paged, filtered) and get by id. Answers asynchronously. */
@RestController
@RequestMapping(path = "/unified/ats/interviews", produces = "application/json")
class InterviewsController {

    static final ResourceQuery QUERY = ResourceQuery.of("interviews")
            .filter("created_after", FilterType.INSTANT)
            .filter("application_id", FilterType.TEXT)
            .filter("job_interview_stage_id", FilterType.TEXT);

    private final AtsConnector connector;
    private final Pagination pagination;

    InterviewsController(AtsConnector connector, Pagination pagination) {
        this.connector = connector;
        this.pagination = pagination;
    }

    @GetMapping
    @Operation(
            summary = "List interviews",
            description = "One page per call; follow next_cursor until it is null. "
                    + "Interviews are listed schedule by schedule; a schedule that is not booked yet has no interviews, so a "
                    + "page may hold fewer than limit records before the last one. Filters combine (AND); created_after "
                    + "applies to the interview's schedule.")
    @Parameter(
            name = "limit",
            in = ParameterIn.QUERY,
            description = "Page size, 1-100",
            schema = @Schema(type = "integer", defaultValue = "50", minimum = "1", maximum = "100"))
    @Parameter(
            name = "next_cursor",
            in = ParameterIn.QUERY,
            description = "The next_cursor of the previous page, as received")
    @Parameter(
            name = "include_remote_data",
            in = ParameterIn.QUERY,
            description = "Add remote_data, the ATS's object as received",
            schema = @Schema(type = "boolean"))
    @Parameter(
            name = "created_after",
            in = ParameterIn.QUERY,
            description =
                    "Only interviews scheduled (schedule created) after this ISO-8601 timestamp, e.g. 2024-01-31T00:00:00Z",
            schema = @Schema(type = "string", format = "date-time"))
    @Parameter(name = "application_id", in = ParameterIn.QUERY, description = "Only interviews for this application")
    @Parameter(
            name = "job_interview_stage_id",
            in = ParameterIn.QUERY,
            description = "Only interviews of this interview stage")
    Mono<UnifiedPage<Interview>> list(
            @Parameter(hidden = true) TenantContext tenant,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        ListQuery query = QUERY.parseList(parameters);
        InterviewFilter filter = new InterviewFilter(
                query.instant("created_after"), query.text("application_id"), query.text("job_interview_stage_id"));
        return pagination.page(tenant, query, page -> connector.listInterviews(tenant, filter, page));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "Get an interview",
            description = "Ashby has no lookup of a single interview event, so the "
                    + "gateway searches the organisation's interview schedules, oldest first, and answers 404 when the id is "
                    + "not among the first 5,000 schedules. For large organisations, list with application_id instead.")
    @Parameter(
            name = "include_remote_data",
            in = ParameterIn.QUERY,
            description = "Add remote_data, the ATS's object as received",
            schema = @Schema(type = "boolean"))
    Mono<UnifiedResult<Interview>> get(
            @Parameter(hidden = true) TenantContext tenant,
            @PathVariable String id,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        boolean includeRemoteData = QUERY.parseIncludeRemoteData(parameters);
        return connector.getInterview(tenant, id, includeRemoteData).map(UnifiedResult::new);
    }
}
