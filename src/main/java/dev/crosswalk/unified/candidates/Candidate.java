package dev.crosswalk.unified.candidates;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crosswalk.unified.CustomField;
import dev.crosswalk.unified.NamedReference;
import dev.crosswalk.unified.Reference;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A candidate in the unified schema (docs/unified-schema.md). Lists are never null; {@code remote_data}
 * is present only when the client asked for it.
 */
public record Candidate(
        String id,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        String name,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        String company,
        String title,
        List<Email> emails,
        List<Phone> phones,
        List<Url> urls,
        List<String> locations,
        List<NamedReference> tags,
        List<Reference> applications,
        List<Attachment> attachments,
        NamedReference source,
        @JsonProperty("custom_fields") List<CustomField> customFields,

        @JsonProperty("remote_data") @JsonInclude(JsonInclude.Include.NON_NULL)
        Object remoteData) {

    /** An email address; {@code type} is {@code personal}, {@code work}, {@code other} or the ATS's raw value. */
    public record Email(
            String email,
            String type,
            @JsonProperty("is_primary") boolean isPrimary) {}

    /** A phone number; {@code type} as for emails. */
    public record Phone(String number, String type) {}

    /** A profile link; {@code type} is e.g. {@code linkedin}, {@code github}, {@code website}, {@code ats_profile}. */
    public record Url(String url, String type) {}

    /** A file on the candidate (resume or other); download it through the attachments resource. */
    @Schema(
            name = "CandidateAttachment",
            description = "A file on the candidate; download it through /unified/ats/attachments")
    public record Attachment(
            String id, @JsonProperty("file_name") String fileName) {}
}
