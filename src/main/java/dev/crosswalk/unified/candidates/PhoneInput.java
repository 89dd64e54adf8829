package dev.crosswalk.unified.candidates;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** A phone number in a candidate write. */
@Schema(description = "A phone number to set on a candidate")
public record PhoneInput(
        @Schema(
                description = "The number, preferably in E.164 form",
                example = "+14155550100",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank
        String number) {}
