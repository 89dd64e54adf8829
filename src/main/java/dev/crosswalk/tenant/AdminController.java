package dev.crosswalk.tenant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crosswalk.web.UnifiedPage;
import dev.crosswalk.web.UnifiedResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The admin API: onboarding tenants, rotating their ATS key and managing their API tokens. */
@RestController
@RequestMapping(path = "/admin/tenants", produces = "application/json")
@Tag(name = "Admin", description = "Onboard tenants and manage their credentials and tokens")
@SecurityRequirement(name = "admin")
class AdminController {

    /** The ATS this API onboards tenants for (its fields {@code ashby_api_key}, {@code ashby_scopes}). */
    static final String ASHBY = "ashby";

    private final TenantService tenants;

    AdminController(TenantService tenants) {
        this.tenants = tenants;
    }

    /** Body of POST /admin/tenants. */
    record CreateTenantRequest(
            @NotBlank @Size(max = 200) String name,

            @JsonProperty("external_id") @Size(min = 1, max = 200)
            String externalId,

            @JsonProperty("ashby_api_key") @NotBlank @Size(max = 500)
            String ashbyApiKey) {

        @Override
        public String toString() {
            return "CreateTenantRequest[name=" + name + ", externalId=" + externalId + "]";
        }
    }

    /** Body of PATCH /admin/tenants/{id}: each member optional. */
    record UpdateTenantRequest(
            @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
            String name,

            @Pattern(regexp = "active|disabled", message = "must be one of: active, disabled")
            String status) {}

    /** Body of PUT /admin/tenants/{id}/credentials/ashby. */
    record RotateCredentialsRequest(
            @JsonProperty("api_key") @NotBlank @Size(max = 500)
            String apiKey) {

        @Override
        public String toString() {
            return "RotateCredentialsRequest[redacted]";
        }
    }

    /** A tenant as shown by the admin API. {@code api_token} is present only in the creation response. */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    record TenantView(
            UUID id,
            String name,

            @JsonProperty("external_id") @JsonInclude(JsonInclude.Include.ALWAYS)
            String externalId,

            TenantStatus status,
            @JsonProperty("ashby_scopes") List<String> ashbyScopes,
            @JsonProperty("created_at") Instant createdAt,
            @JsonProperty("updated_at") Instant updatedAt,
            @JsonProperty("api_token") String apiToken) {

        static TenantView of(TenantService.TenantSummary tenant, String apiToken) {
            return new TenantView(
                    tenant.id(),
                    tenant.name(),
                    tenant.externalId(),
                    tenant.status(),
                    tenant.scopes(),
                    tenant.createdAt(),
                    tenant.updatedAt(),
                    apiToken);
        }

        @Override
        public String toString() {
            return "TenantView[id=" + id + "]";
        }
    }

    /** A token: the secret {@code api_token} appears only when it is issued. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TokenView(
            UUID id,
            @JsonProperty("api_token") String apiToken,
            @JsonProperty("created_at") Instant createdAt) {

        @Override
        public String toString() {
            return "TokenView[id=" + id + "]";
        }
    }

    @PostMapping(consumes = "application/json")
    @Operation(
            summary = "Create a tenant",
            description =
                    "Checks the Ashby key with apiKey.info, stores it encrypted "
                            + "and returns the tenant's first API token (shown only here). A rejected key gives 422 and stores nothing.")
    ResponseEntity<UnifiedResult<TenantView>> create(@Valid @RequestBody CreateTenantRequest request) {
        TenantService.CreatedTenant created = tenants.create(
                request.name().trim(),
                request.externalId(),
                ASHBY,
                Secret.of(request.ashbyApiKey().trim()));
        TenantView view =
                TenantView.of(created.tenant(), created.token().token().reveal());
        return ResponseEntity.created(URI.create("/admin/tenants/" + view.id())).body(new UnifiedResult<>(view));
    }

    @GetMapping
    @Operation(summary = "List tenants", description = "In creation order, paged with an opaque next_cursor.")
    @Parameter(
            name = "limit",
            in = ParameterIn.QUERY,
            description = "Page size, 1-100 (default 50)",
            schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "50"))
    @Parameter(name = "next_cursor", in = ParameterIn.QUERY, description = "The next_cursor of the previous page")
    UnifiedPage<TenantView> list(@Parameter(hidden = true) @RequestParam Map<String, String> query) {
        AdminPageRequest page = AdminPageRequest.parse(query);
        List<TenantService.TenantSummary> found = tenants.page(page.afterCreatedAt(), page.afterId(), page.limit() + 1);
        boolean more = found.size() > page.limit();
        List<TenantService.TenantSummary> shown = more ? found.subList(0, page.limit()) : found;
        String next = more ? AdminPageRequest.cursorAfter(shown.get(shown.size() - 1)) : null;
        List<TenantView> views =
                shown.stream().map(tenant -> TenantView.of(tenant, null)).toList();
        return new UnifiedPage<>(views, next, views.size());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a tenant")
    UnifiedResult<TenantView> get(@PathVariable UUID id) {
        return new UnifiedResult<>(TenantView.of(tenants.get(id), null));
    }

    @PatchMapping(path = "/{id}", consumes = "application/json")
    @Operation(
            summary = "Rename, disable or re-enable a tenant",
            description = "A disabled tenant's tokens get 403 at once.")
    UnifiedResult<TenantView> update(@PathVariable UUID id, @Valid @RequestBody UpdateTenantRequest request) {
        TenantStatus status = request.status() == null ? null : TenantStatus.fromWireName(request.status());
        String name = request.name() == null ? null : request.name().trim();
        return new UnifiedResult<>(TenantView.of(tenants.update(id, name, status), null));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a tenant", description = "Removes its credentials and tokens.")
    void delete(@PathVariable UUID id) {
        tenants.delete(id);
    }

    @PutMapping(path = "/{id}/credentials/ashby", consumes = "application/json")
    @Operation(
            summary = "Rotate the tenant's Ashby key",
            description = "Checked with apiKey.info first; a tenant in " + "needs_reauth becomes active again.")
    UnifiedResult<TenantView> rotate(@PathVariable UUID id, @Valid @RequestBody RotateCredentialsRequest request) {
        return new UnifiedResult<>(TenantView.of(
                tenants.rotateCredentials(id, ASHBY, Secret.of(request.apiKey().trim())), null));
    }

    @PostMapping("/{id}/tokens")
    @Operation(summary = "Issue an API token", description = "The token is shown only in this response.")
    ResponseEntity<UnifiedResult<TokenView>> issueToken(@PathVariable UUID id) {
        TenantService.IssuedToken issued = tenants.issueToken(id);
        return ResponseEntity.created(URI.create("/admin/tenants/" + id + "/tokens/" + issued.id()))
                .body(new UnifiedResult<>(
                        new TokenView(issued.id(), issued.token().reveal(), issued.createdAt())));
    }

    @GetMapping("/{id}/tokens")
    @Operation(summary = "List the tenant's active tokens", description = "Ids and dates only.")
    UnifiedPage<TokenView> tokens(@PathVariable UUID id) {
        List<TokenView> views = tenants.tokens(id).stream()
                .map(token -> new TokenView(token.id(), null, token.createdAt()))
                .toList();
        return new UnifiedPage<>(views, null, views.size());
    }

    @DeleteMapping("/{id}/tokens/{tokenId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a token", description = "Refused at once on this instance.")
    void revokeToken(@PathVariable UUID id, @PathVariable UUID tokenId) {
        tenants.revokeToken(id, tokenId);
    }
}
