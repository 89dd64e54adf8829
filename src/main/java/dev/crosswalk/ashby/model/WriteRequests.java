package dev.crosswalk.ashby.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The request bodies of the Ashby methods behind unified writes. Absent values are left out, so
 * Ashby keeps (on update) or defaults (on create) what the client did not send.
 */
public final class WriteRequests {

    private WriteRequests() {}

    /** {@code candidate.create}: one phone, three kinds of link, extra addresses as alternates. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record CandidateCreate(
            String name,
            String email,
            List<String> alternateEmailAddresses,
            String phoneNumber,
            String linkedInUrl,
            String githubUrl,
            String website,
            String sourceId) {}

    /** {@code candidate.update}; {@code socialLinks} replaces every link (an empty list removes them). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CandidateUpdate(
            String candidateId,
            String name,
            String email,
            String alternateEmail,
            String phoneNumber,
            List<SocialLink> socialLinks,
            String sourceId) {

        /** An update that only adds one more alternate address. */
        public static CandidateUpdate alternateEmail(String candidateId, String address) {
            return new CandidateUpdate(candidateId, null, null, address, null, null, null);
        }
    }

    /** A link as {@code candidate.update} takes it; {@code type} is e.g. {@code LinkedIn}, {@code GitHub}. */
    public record SocialLink(String type, String url) {}

    /** {@code candidate.addTag}. */
    public record CandidateTag(String candidateId, String tagId) {}

    /** {@code application.create}; without {@code interviewStageId} Ashby picks the plan's first stage. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApplicationCreate(String candidateId, String jobId, String interviewStageId, String sourceId) {}

    /** {@code application.changeStage}; {@code archiveReasonId} is required by Ashby for an Archived stage. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StageChange(String applicationId, String interviewStageId, String archiveReasonId) {}

    /** {@code candidate.createNote} with an explicit content type, so the text is never read as HTML. */
    public record NoteCreate(String candidateId, Note note, boolean isPrivate) {

        public static NoteCreate plainText(String candidateId, String text, boolean isPrivate) {
            return new NoteCreate(candidateId, new Note("text/plain", text), isPrivate);
        }
    }

    /** A note's content and its type ({@code text/plain} or {@code text/html}). */
    public record Note(String type, String value) {}
}
