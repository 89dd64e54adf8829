package dev.crosswalk.ashby.jobpostings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * A job posting: {@code jobPosting.list} sends a summary (no description, no form),
 * {@code jobPosting.info} adds the description and the {@code applicationFormDefinition} candidates
 * fill in when applying. {@code publishedDate} is text: recorded orgs send more than dates there.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AshbyJobPosting(
        String id,
        String title,
        String jobId,
        String departmentName,
        String teamName,
        String locationName,
        LocationIds locationIds,
        String workplaceType,
        String employmentType,
        Boolean isListed,
        String publishedDate,
        Instant applicationDeadline,
        String externalLink,
        String applyLink,
        String compensationTierSummary,
        Boolean shouldDisplayCompensationOnJobBoard,
        String descriptionHtml,
        String descriptionPlain,
        Instant updatedAt,
        FormDefinition applicationFormDefinition) {

    /** The posting's offices: one primary, any number of others. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LocationIds(String primaryLocationId, List<String> secondaryLocationIds) {}

    /** A form: titled sections of fields. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FormDefinition(List<Section> sections) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Section(String title, List<FieldEntry> fields) {}

    /** A field as placed on this form: whether it is required here, and the field itself. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldEntry(Boolean isRequired, String descriptionPlain, Field field) {}

    /** {@code type} is e.g. String, LongText, Email, Phone, File, Boolean, Date, Number, ValueSelect, MultiValueSelect. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Field(
            String id,
            String type,
            String path,
            String humanReadablePath,
            String title,
            Boolean isNullable,
            List<SelectableValue> selectableValues) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SelectableValue(String label, String value) {}
}
