package dev.crosswalk.unified.applications;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crosswalk.unified.Reference;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The body of {@code POST /unified/ats/applications/{id}/reject}: the ATS requires a reason to archive. */
@Schema(description = "Why an application is rejected")
public record Rejection(
        @Schema(description = "The reason (see reject_reasons)", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull
        @Valid
        @JsonProperty("reject_reason")
        Reference rejectReason) {}
