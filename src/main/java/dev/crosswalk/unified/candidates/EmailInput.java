package dev.crosswalk.unified.candidates;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/** An email address in a candidate write; the primary one is flagged, or else the first of the list. */
@Schema(description = "An email address to set on a candidate")
public record EmailInput(
        @Schema(description = "The address", example = "ada@example.com", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank
        @Email
        String email,

        @Schema(
                description =
                        "Whether this is the primary address; without a flag the first address is the primary one")
        @JsonProperty("is_primary")
        Boolean isPrimary) {

    boolean primary() {
        return Boolean.TRUE.equals(isPrimary);
    }
}
