package dev.crosswalk.unified.jobinterviewstages;

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

/** {@code /unified/ats/job_interview_stages}: list by job (paged) and get by id. Answers asynchronously. */
@RestController
@RequestMapping(path = "/unified/ats/job_interview_stages", produces = "application/json")
class JobInterviewStagesController {

    static final ResourceQuery QUERY =
            ResourceQuery.of("job_interview_stages").requiredFilter("job_id", FilterType.TEXT);

    private final AtsConnector connector;
    private final Pagination pagination;

    JobInterviewStagesController(AtsConnector connector, Pagination pagination) {
        this.connector = connector;
        this.pagination = pagination;
    }

    @GetMapping
    @Operation(
            operationId = "listJobInterviewStages",
            summary = "List a job's interview stages",
            description = "The stages of each of the job's interview plans, "
                    + "plan by plan in plan order. One page per call; follow next_cursor until it is null. job_id is required; "
                    + "an unknown job answers 404 not_found.")
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
            name = "job_id",
            in = ParameterIn.QUERY,
            required = true,
            description = "The job whose interview stages are listed")
    Mono<UnifiedPage<JobInterviewStage>> list(
            @Parameter(hidden = true) TenantContext tenant,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        ListQuery query = QUERY.parseList(parameters);
        JobInterviewStageFilter filter = new JobInterviewStageFilter(query.text("job_id"));
        return pagination.page(tenant, query, page -> connector.listJobInterviewStages(tenant, filter, page));
    }

    @GetMapping("/{id}")
    @Operation(
            operationId = "getJobInterviewStage",
            summary = "Get an interview stage",
            description = "job is null here: the ATS's stage names only its "
                    + "interview plan. An unknown id answers 404 not_found.")
    @Parameter(
            name = "include_remote_data",
            in = ParameterIn.QUERY,
            description = "Add remote_data, the ATS's object as received",
            schema = @Schema(type = "boolean"))
    Mono<UnifiedResult<JobInterviewStage>> get(
            @Parameter(hidden = true) TenantContext tenant,
            @PathVariable String id,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        boolean includeRemoteData = QUERY.parseIncludeRemoteData(parameters);
        return connector.getJobInterviewStage(tenant, id, includeRemoteData).map(UnifiedResult::new);
    }
}
