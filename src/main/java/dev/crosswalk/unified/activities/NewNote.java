package dev.crosswalk.unified.activities;

import dev.crosswalk.unified.Reference;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The body of {@code POST /unified/ats/activities}: a note on a candidate's record, written as plain text. */
@Schema(description = "A note to add to a candidate")
public record NewNote(
        @Schema(description = "The candidate", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull @Valid
        Reference candidate,

        @Schema(description = "The note's text (plain text)", requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank
        String body,

        @Schema(
                description = "Who may see it; private notes need the ATS key's permission for private fields",
                allowableValues = {"public", "private"},
                defaultValue = "public")
        @Pattern(regexp = "public|private", message = "must be public or private")
        String visibility) {

    public NewNote {
        visibility = visibility == null ? "public" : visibility;
    }

    public boolean isPrivate() {
        return "private".equals(visibility);
    }
}
