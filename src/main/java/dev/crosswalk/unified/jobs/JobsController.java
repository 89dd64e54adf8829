package dev.crosswalk.unified.jobs;

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

/** {@code /unified/ats/jobs}: list (paged, filtered) and get by id. Answers asynchronously. */
@RestController
@RequestMapping(path = "/unified/ats/jobs", produces = "application/json")
class JobsController {

    static final ResourceQuery QUERY = ResourceQuery.of("jobs")
            .filter("created_after", FilterType.INSTANT)
            .choiceFilter("status", java.util.Set.of("draft", "open", "closed", "archived"));

    private final AtsConnector connector;
    private final Pagination pagination;

    JobsController(AtsConnector connector, Pagination pagination) {
        this.connector = connector;
        this.pagination = pagination;
    }

    @GetMapping
    @Operation(
            operationId = "listJobs",
            summary = "List jobs",
            description = "One page per call; follow next_cursor until it is null. "
                    + "Every job is listed, drafts included, unless status narrows the listing.")
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
            description = "Jobs created after this ISO-8601 timestamp, e.g. 2024-01-31T00:00:00Z",
            schema = @Schema(type = "string", format = "date-time"))
    @Parameter(
            name = "status",
            in = ParameterIn.QUERY,
            description = "Jobs in this status only",
            schema =
                    @Schema(
                            type = "string",
                            allowableValues = {"draft", "open", "closed", "archived"}))
    Mono<UnifiedPage<Job>> list(
            @Parameter(hidden = true) TenantContext tenant,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        ListQuery query = QUERY.parseList(parameters);
        JobFilter filter = new JobFilter(query.instant("created_after"), query.text("status"));
        return pagination.page(tenant, query, page -> connector.listJobs(tenant, filter, page));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getJob", summary = "Get a job", description = "An unknown id answers 404 not_found.")
    @Parameter(
            name = "include_remote_data",
            in = ParameterIn.QUERY,
            description = "Add remote_data, the ATS's object as received",
            schema = @Schema(type = "boolean"))
    Mono<UnifiedResult<Job>> get(
            @Parameter(hidden = true) TenantContext tenant,
            @PathVariable String id,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        boolean includeRemoteData = QUERY.parseIncludeRemoteData(parameters);
        return connector.getJob(tenant, id, includeRemoteData).map(UnifiedResult::new);
    }
}
