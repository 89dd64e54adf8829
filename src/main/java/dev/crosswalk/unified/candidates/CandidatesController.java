package dev.crosswalk.unified.candidates;

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
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code /unified/ats/candidates}: list (paged, filtered) and get by id. Answers asynchronously. */
@RestController
@RequestMapping(path = "/unified/ats/candidates", produces = "application/json")
@Tag(name = "Candidates", description = "Unified ATS candidates")
@SecurityRequirement(name = "tenant")
class CandidatesController {

    static final ResourceQuery QUERY = ResourceQuery.of("candidates")
            .filter("created_after", FilterType.INSTANT)
            .filter("email", FilterType.TEXT)
            .filter("name", FilterType.TEXT);

    private final AtsConnector connector;
    private final Pagination pagination;

    CandidatesController(AtsConnector connector, Pagination pagination) {
        this.connector = connector;
        this.pagination = pagination;
    }

    @GetMapping
    @Operation(
            operationId = "listCandidates",
            summary = "List candidates",
            description =
                    "One page per call; follow next_cursor until it is null. "
                            + "email and/or name search instead of listing (both must match) and cannot be combined with created_after.")
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
            description = "ISO-8601 timestamp, e.g. 2024-01-31T00:00:00Z",
            schema = @Schema(type = "string", format = "date-time"))
    @Parameter(name = "email", in = ParameterIn.QUERY, description = "Candidates with this email address")
    @Parameter(name = "name", in = ParameterIn.QUERY, description = "Candidates with this name")
    Mono<UnifiedPage<Candidate>> list(
            @Parameter(hidden = true) TenantContext tenant,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        ListQuery query = QUERY.parseList(parameters);
        if (query.has("created_after") && (query.has("email") || query.has("name"))) {
            throw ListQuery.invalid(
                    "created_after", "cannot be combined with email or name (the ATS's search has no date filter)");
        }
        CandidateFilter filter =
                new CandidateFilter(query.instant("created_after"), query.text("email"), query.text("name"));
        return pagination.page(tenant, query, page -> connector.listCandidates(tenant, filter, page));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getCandidate", summary = "Get a candidate")
    @Parameter(
            name = "include_remote_data",
            in = ParameterIn.QUERY,
            description = "Add remote_data, the ATS's object as received",
            schema = @Schema(type = "boolean"))
    Mono<UnifiedResult<Candidate>> get(
            @Parameter(hidden = true) TenantContext tenant,
            @PathVariable String id,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        boolean includeRemoteData = QUERY.parseIncludeRemoteData(parameters);
        return connector.getCandidate(tenant, id, includeRemoteData).map(UnifiedResult::new);
    }
}
