package dev.crosswalk.unified.activities;

import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.AtsConnector;
import dev.crosswalk.unified.FilterType;
import dev.crosswalk.unified.ListQuery;
import dev.crosswalk.unified.Pagination;
import dev.crosswalk.unified.ResourceQuery;
import dev.crosswalk.unified.UnifiedPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code /unified/ats/activities}: the notes on one candidate's record, paged. Answers asynchronously. */
@RestController
@RequestMapping(path = "/unified/ats/activities", produces = "application/json")
class ActivitiesController {

    static final ResourceQuery QUERY = ResourceQuery.of("activities").requiredFilter("candidate_id", FilterType.TEXT);

    private final AtsConnector connector;
    private final Pagination pagination;

    ActivitiesController(AtsConnector connector, Pagination pagination) {
        this.connector = connector;
        this.pagination = pagination;
    }

    @GetMapping
    @Operation(
            summary = "List a candidate's activities",
            description = "The notes on one candidate's record, oldest "
                    + "first as the ATS lists them. candidate_id is required; an unknown candidate is a 404. One page per call; "
                    + "follow next_cursor until it is null.")
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
            name = "candidate_id",
            in = ParameterIn.QUERY,
            required = true,
            description = "The candidate whose activities are listed")
    Mono<UnifiedPage<Activity>> list(
            @Parameter(hidden = true) TenantContext tenant,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        ListQuery query = QUERY.parseList(parameters);
        ActivityFilter filter = new ActivityFilter(query.text("candidate_id"));
        return pagination.page(tenant, query, page -> connector.listActivities(tenant, filter, page));
    }
}
