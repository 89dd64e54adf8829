package dev.crosswalk.unified.jobformfields;

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

/** {@code /unified/ats/job_form_fields}: list by job (paged). Answers asynchronously. */
@RestController
@RequestMapping(path = "/unified/ats/job_form_fields", produces = "application/json")
class JobFormFieldsController {

    static final ResourceQuery QUERY = ResourceQuery.of("job_form_fields").requiredFilter("job_id", FilterType.TEXT);

    private final AtsConnector connector;
    private final Pagination pagination;

    JobFormFieldsController(AtsConnector connector, Pagination pagination) {
        this.connector = connector;
        this.pagination = pagination;
    }

    @GetMapping
    @Operation(
            operationId = "listJobFormFields",
            summary = "List a job's application form fields",
            description = "The fields of the application form of "
                    + "each of the job's published postings, posting by posting, in form order. One page per call; follow "
                    + "next_cursor until it is null. job_id is required; an unknown job answers 404 not_found, a job without "
                    + "published postings an empty list.")
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
            description = "Add remote_data, the ATS's form entry as received",
            schema = @Schema(type = "boolean"))
    @Parameter(
            name = "job_id",
            in = ParameterIn.QUERY,
            required = true,
            description = "The job whose application form fields are listed")
    Mono<UnifiedPage<JobFormField>> list(
            @Parameter(hidden = true) TenantContext tenant,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        ListQuery query = QUERY.parseList(parameters);
        JobFormFieldFilter filter = new JobFormFieldFilter(query.text("job_id"));
        return pagination.page(tenant, query, page -> connector.listJobFormFields(tenant, filter, page));
    }
}
