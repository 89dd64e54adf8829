package dev.crosswalk.ashby.scorecards;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A form's layout (feedback forms here): sections of fields, each field with its {@code path} —
 * the key of its value in {@code submittedValues} — and its human {@code title}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AshbyFormDefinition(List<Section> sections) {

    /** A titled group of fields. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Section(String title, List<Entry> fields) {}

    /** A field's place in a section. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(Boolean isRequired, Field field) {}

    /** The field itself; {@code type} (e.g. {@code ValueSelect}, {@code Score}, {@code RichText}) is kept as text. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Field(String id, String type, String path, String humanReadablePath, String title) {}
}
