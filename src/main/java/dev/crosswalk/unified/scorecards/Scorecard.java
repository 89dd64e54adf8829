package dev.crosswalk.unified.scorecards;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crosswalk.unified.Reference;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * An interviewer's submitted feedback on an application, in the unified schema (docs/unified-schema.md):
 * the values entered in the feedback form, each with the form field's label.
 */
@Schema(description = "An interviewer's submitted feedback (scorecard) on an application")
public record Scorecard(
        @Schema(description = "The ATS's id of the submitted feedback")
        String id,

        @Schema(description = "The application the feedback is about")
        Reference application,

        @Schema(
                description = "The interview the feedback is for (an id of the interviews resource); "
                        + "null for feedback given outside an interview")
        Reference interview,

        @Schema(description = "The user who submitted the feedback")
        Reference interviewer,

        @Schema(description = "When the feedback was submitted") @JsonProperty("submitted_at")
        Instant submittedAt,

        @Schema(
                description =
                        "The raw value of the form's overall recommendation field (as the form defines it, e.g. \"3\" or \"hire\"); "
                                + "null when the form has none")
        @JsonProperty("overall_recommendation")
        Object overallRecommendation,

        @Schema(description = "Every field of the feedback form with the value submitted for it, in the form's order")
        @JsonProperty("form_values")
        List<FormValue> formValues,

        @Schema(description = "The ATS's feedback object as received; only with include_remote_data=true")
        @JsonProperty("remote_data")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object remoteData) {

    /** One answer on the form: the field's machine name, its human label and the value as the ATS stores it. */
    @Schema(description = "One field of the feedback form and the value submitted for it")
    public record FormValue(
            @Schema(description = "The field's machine name (its path in the form)")
            String name,

            @Schema(
                    description =
                            "The field's label as interviewers see it; null when the form no longer defines the field")
            String label,

            @Schema(
                    description =
                            "The submitted value, in the ATS's own JSON shape (text, number, list, object); null when left empty")
            Object value) {}
}
