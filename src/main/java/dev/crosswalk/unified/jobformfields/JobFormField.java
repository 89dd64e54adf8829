package dev.crosswalk.unified.jobformfields;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crosswalk.unified.Reference;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One question of the application form of one of a job's postings, in the unified schema
 * (docs/unified-schema.md). A job with several postings has one form per posting, so the same field
 * (same {@code id}) can appear once per posting; {@code job_posting} tells them apart.
 */
@Schema(description = "A field of the application form candidates fill in when applying to a job posting")
public record JobFormField(
        @Schema(description = "The ATS's id of the field (the same field can appear on several postings' forms)")
        String id,

        @Schema(description = "The job the form belongs to") Reference job,

        @JsonProperty("job_posting") @Schema(description = "The job posting whose application form holds the field")
        Reference jobPosting,

        @Schema(description = "The field's machine name (its path in the ATS), e.g. _systemfield_email")
        String name,

        @Schema(description = "The question as shown to candidates")
        String label,

        @Schema(
                description = "Input type: String → text, LongText → textarea, ValueSelect → dropdown, "
                        + "MultiValueSelect and Boolean → checkbox, File → file, Date → date, Number → number; "
                        + "any other ATS type (e.g. Email, Phone) is passed through as received",
                allowableValues = {"text", "textarea", "dropdown", "file", "radio", "checkbox", "date", "number"})
        String type,

        @JsonProperty("is_required") @Schema(description = "Whether an application must answer it")
        boolean isRequired,

        @Schema(description = "The choices of a dropdown or checkbox field; empty otherwise")
        List<Option> options,

        @JsonProperty("group_name") @Schema(description = "Title of the form section holding the field")
        String groupName,

        @JsonProperty("remote_data")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The ATS's form entry as received; only with include_remote_data=true")
        Object remoteData) {

    /** One choice of a selectable field. */
    @Schema(description = "A choice: the label shown and the value submitted")
    public record Option(String label, String value) {}
}
