package dev.crosswalk.ashby.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A job posting: {@code jobPosting.list} sends a summary (no form), {@code jobPosting.info} adds
 * the {@code applicationFormDefinition} candidates fill in when applying.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AshbyJobPosting(String id, String title, String jobId, FormDefinition applicationFormDefinition) {

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
