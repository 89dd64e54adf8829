package dev.crosswalk.unified.tags;

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

/** {@code /unified/ats/tags}: the candidate tags, paged. Answers asynchronously. */
@RestController
@RequestMapping(path = "/unified/ats/tags", produces = "application/json")
class TagsController {

    static final ResourceQuery QUERY = ResourceQuery.of("tags").filter("include_archived", FilterType.FLAG);

    private final AtsConnector connector;
    private final Pagination pagination;

    TagsController(AtsConnector connector, Pagination pagination) {
        this.connector = connector;
        this.pagination = pagination;
    }

    @GetMapping
    @Operation(
            summary = "List candidate tags",
            description = "Archived tags are left out unless include_archived=true. "
                    + "One page per call; follow next_cursor until it is null.")
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
            description = "Also list archived tags",
            schema = @Schema(type = "boolean", defaultValue = "false"))
    Mono<UnifiedPage<Tag>> list(
            @Parameter(hidden = true) TenantContext tenant,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        ListQuery query = QUERY.parseList(parameters);
        TagFilter filter = new TagFilter(Boolean.TRUE.equals(query.flag("include_archived")));
        return pagination.page(tenant, query, page -> connector.listTags(tenant, filter, page));
    }
}
