package dev.crosswalk.ashby.candidates;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * {@code candidate.update}; {@code socialLinks} replaces every link (an empty list removes them).
 * Absent values are left out, so Ashby keeps what the client did not send.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CandidateUpdateRequest(
        String candidateId,
        String name,
        String email,
        String alternateEmail,
        String phoneNumber,
        List<SocialLink> socialLinks,
        String sourceId) {

    /** An update that only adds one more alternate address. */
    static CandidateUpdateRequest alternateEmail(String candidateId, String address) {
        return new CandidateUpdateRequest(candidateId, null, null, address, null, null, null);
    }

    /** A link as {@code candidate.update} takes it; {@code type} is e.g. {@code LinkedIn}, {@code GitHub}. */
    record SocialLink(String type, String url) {}
}
