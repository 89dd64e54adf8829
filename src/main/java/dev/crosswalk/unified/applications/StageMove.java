package dev.crosswalk.unified.applications;

import dev.crosswalk.unified.Reference;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The body of {@code POST /unified/ats/applications/{id}/move-stage}. */
@Schema(description = "The stage to move an application to")
public record StageMove(
        @Schema(
                description = "A stage of the application's interview plan (see job_interview_stages); "
                        + "to archive, use reject instead",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull
        @Valid
        Reference stage) {}
