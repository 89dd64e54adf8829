package dev.crosswalk.unified.users;

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

/** {@code /unified/ats/users}: list (paged) and get by id. Answers asynchronously. */
@RestController
@RequestMapping(path = "/unified/ats/users", produces = "application/json")
class UsersController {

    static final ResourceQuery QUERY = ResourceQuery.of("users").filter("include_disabled", FilterType.FLAG);

    private final AtsConnector connector;
    private final Pagination pagination;

    UsersController(AtsConnector connector, Pagination pagination) {
        this.connector = connector;
        this.pagination = pagination;
    }

    @GetMapping
    @Operation(
            summary = "List users",
            description = "Deactivated users are left out unless include_disabled=true. "
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
            name = "include_disabled",
            in = ParameterIn.QUERY,
            description = "Also list deactivated users",
            schema = @Schema(type = "boolean", defaultValue = "false"))
    Mono<UnifiedPage<User>> list(
            @Parameter(hidden = true) TenantContext tenant,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        ListQuery query = QUERY.parseList(parameters);
        UserFilter filter = new UserFilter(Boolean.TRUE.equals(query.flag("include_disabled")));
        return pagination.page(tenant, query, page -> connector.listUsers(tenant, filter, page));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a user", description = "Deactivated users are found too; an unknown id is a 404.")
    @Parameter(
            name = "include_remote_data",
            in = ParameterIn.QUERY,
            description = "Add remote_data, the ATS's object as received",
            schema = @Schema(type = "boolean"))
    Mono<UnifiedResult<User>> get(
            @Parameter(hidden = true) TenantContext tenant,
            @PathVariable String id,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        boolean includeRemoteData = QUERY.parseIncludeRemoteData(parameters);
        return connector.getUser(tenant, id, includeRemoteData).map(UnifiedResult::new);
    }
}
