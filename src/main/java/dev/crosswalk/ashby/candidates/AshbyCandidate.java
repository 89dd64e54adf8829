package dev.crosswalk.ashby.candidates;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.crosswalk.ashby.AshbyCustomField;
import java.time.Instant;
import java.util.List;

/**
 * A candidate as {@code candidate.info}, {@code candidate.list} and {@code candidate.search} return
 * it. {@code location} is the 2026 name of what older versions call {@code primaryLocation}; both
 * are read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AshbyCandidate(
        String id,
        Instant createdAt,
        Instant updatedAt,
        String name,
        ContactInfo primaryEmailAddress,
        List<ContactInfo> emailAddresses,
        ContactInfo primaryPhoneNumber,
        List<ContactInfo> phoneNumbers,
        List<SocialLink> socialLinks,
        List<Tag> tags,
        String position,
        String company,
        String school,
        List<String> applicationIds,
        FileHandle resumeFileHandle,
        List<FileHandle> fileHandles,
        List<AshbyCustomField> customFields,
        String profileUrl,
        Source source,
        Location location,
        Location primaryLocation) {

    /** An email address or phone number; {@code type} is {@code Personal}, {@code Work} or {@code Other}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ContactInfo(String value, String type, Boolean isPrimary) {}

    /** A profile link; {@code type} is e.g. {@code LinkedIn}, {@code GitHub}, {@code Website}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SocialLink(String type, String url) {}

    /** A tag applied to the candidate. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tag(String id, String title, Boolean isArchived) {}

    /** A file attached to the candidate; {@code handle} is what {@code file.info} takes. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FileHandle(String id, String name, String handle) {}

    /** Where the candidate came from. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Source(String id, String title, Boolean isArchived) {}

    /** The candidate's location; only the summary is exposed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Location(String id, String locationSummary) {}
}
