package dev.crosswalk.unified.applications;

import dev.crosswalk.unified.Reference;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The body of {@code POST /unified/ats/applications}: a candidate considered for a job. */
@Schema(description = "An application to create")
public record NewApplication(
        @Schema(description = "The candidate", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull @Valid
        Reference candidate,

        @Schema(description = "The job (must be open)", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull @Valid
        Reference job,

        @Schema(
                description = "The interview stage to start in (a stage of the job's default interview plan); "
                        + "without it the ATS picks its first stage")
        @Valid
        Reference stage,

        @Schema(description = "Where the application came from (a source id of the ATS)") @Valid
        Reference source) {}
