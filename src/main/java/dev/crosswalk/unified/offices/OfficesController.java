package dev.crosswalk.unified.offices;

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

/** {@code /unified/ats/offices}: list (paged) and get by id. Answers asynchronously. */
@RestController
@RequestMapping(path = "/unified/ats/offices", produces = "application/json")
class OfficesController {

    static final ResourceQuery QUERY = ResourceQuery.of("offices").filter("include_archived", FilterType.FLAG);

    private final AtsConnector connector;
    private final Pagination pagination;

    OfficesController(AtsConnector connector, Pagination pagination) {
        this.connector = connector;
        this.pagination = pagination;
    }

    @GetMapping
    @Operation(
            operationId = "listOffices",
            summary = "List offices",
            description =
                    "One page per call; follow next_cursor until it is null. Regions (location hierarchy nodes, e.g. Europe) are listed too, so every parent can be found in the listing. "
                            + "Archived offices are left out unless include_archived=true.")
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
            name = "include_archived",
            in = ParameterIn.QUERY,
            description = "Also list archived offices",
            schema = @Schema(type = "boolean", defaultValue = "false"))
    Mono<UnifiedPage<Office>> list(
            @Parameter(hidden = true) TenantContext tenant,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        ListQuery query = QUERY.parseList(parameters);
        OfficeFilter filter = new OfficeFilter(Boolean.TRUE.equals(query.flag("include_archived")));
        return pagination.page(tenant, query, page -> connector.listOffices(tenant, filter, page));
    }

    @GetMapping("/{id}")
    @Operation(
            operationId = "getOffice",
            summary = "Get an office",
            description = "Archived offices too. An unknown id answers 404 not_found.")
    @Parameter(
            name = "include_remote_data",
            in = ParameterIn.QUERY,
            description = "Add remote_data, the ATS's object as received",
            schema = @Schema(type = "boolean"))
    Mono<UnifiedResult<Office>> get(
            @Parameter(hidden = true) TenantContext tenant,
            @PathVariable String id,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        boolean includeRemoteData = QUERY.parseIncludeRemoteData(parameters);
        return connector.getOffice(tenant, id, includeRemoteData).map(UnifiedResult::new);
    }
}
