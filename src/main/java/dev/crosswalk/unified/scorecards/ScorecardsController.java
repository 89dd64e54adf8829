package dev.crosswalk.unified.scorecards;

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

/** {@code /unified/ats/scorecards}: list only (paged, filtered). Answers asynchronously. */
@RestController
@RequestMapping(path = "/unified/ats/scorecards", produces = "application/json")
class ScorecardsController {

    static final ResourceQuery QUERY = ResourceQuery.of("scorecards")
            .filter("created_after", FilterType.INSTANT)
            .filter("application_id", FilterType.TEXT);

    private final AtsConnector connector;
    private final Pagination pagination;

    ScorecardsController(AtsConnector connector, Pagination pagination) {
        this.connector = connector;
        this.pagination = pagination;
    }

    @GetMapping
    @Operation(
            summary = "List scorecards",
            description = "One page per call; follow next_cursor until it is null. Filters combine (AND).")
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
            description = "Only scorecards submitted after this ISO-8601 timestamp, e.g. 2024-01-31T00:00:00Z",
            schema = @Schema(type = "string", format = "date-time"))
    @Parameter(name = "application_id", in = ParameterIn.QUERY, description = "Only scorecards on this application")
    Mono<UnifiedPage<Scorecard>> list(
            @Parameter(hidden = true) TenantContext tenant,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        ListQuery query = QUERY.parseList(parameters);
        ScorecardFilter filter = new ScorecardFilter(query.instant("created_after"), query.text("application_id"));
        return pagination.page(tenant, query, page -> connector.listScorecards(tenant, filter, page));
    }
}
