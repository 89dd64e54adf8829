package dev.crosswalk.unified.applications;

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
import java.util.Set;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code /unified/ats/applications}: list (paged, filtered) and get by id. Answers asynchronously. */
@RestController
@RequestMapping(path = "/unified/ats/applications", produces = "application/json")
class ApplicationsController {

    static final ResourceQuery QUERY = ResourceQuery.of("applications")
            .filter("created_after", FilterType.INSTANT)
            .filter("job_id", FilterType.TEXT)
            .choiceFilter("status", Set.of("active", "hired", "archived", "lead"))
            .filter("candidate_id", FilterType.TEXT);

    private final AtsConnector connector;
    private final Pagination pagination;

    ApplicationsController(AtsConnector connector, Pagination pagination) {
        this.connector = connector;
        this.pagination = pagination;
    }

    @GetMapping
    @Operation(
            summary = "List applications",
            description = "One page per call; follow next_cursor until it is null. "
                    + "Filters combine (AND). With candidate_id the candidate's applications are read one by one, and the other "
                    + "filters are applied to them, so a page may hold fewer than limit records before the last one.")
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
            description = "Only applications created after this ISO-8601 timestamp, e.g. 2024-01-31T00:00:00Z",
            schema = @Schema(type = "string", format = "date-time"))
    @Parameter(name = "job_id", in = ParameterIn.QUERY, description = "Only applications to this job")
    @Parameter(
            name = "status",
            in = ParameterIn.QUERY,
            description = "Only applications with this status",
            schema =
                    @Schema(
                            type = "string",
                            allowableValues = {"active", "hired", "archived", "lead"}))
    @Parameter(name = "candidate_id", in = ParameterIn.QUERY, description = "Only this candidate's applications")
    Mono<UnifiedPage<Application>> list(
            @Parameter(hidden = true) TenantContext tenant,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        ListQuery query = QUERY.parseList(parameters);
        ApplicationFilter filter = new ApplicationFilter(
                query.instant("created_after"), query.text("job_id"), query.text("status"), query.text("candidate_id"));
        return pagination.page(tenant, query, page -> connector.listApplications(tenant, filter, page));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get an application")
    @Parameter(
            name = "include_remote_data",
            in = ParameterIn.QUERY,
            description = "Add remote_data, the ATS's object as received",
            schema = @Schema(type = "boolean"))
    Mono<UnifiedResult<Application>> get(
            @Parameter(hidden = true) TenantContext tenant,
            @PathVariable String id,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        boolean includeRemoteData = QUERY.parseIncludeRemoteData(parameters);
        return connector.getApplication(tenant, id, includeRemoteData).map(UnifiedResult::new);
    }
}
