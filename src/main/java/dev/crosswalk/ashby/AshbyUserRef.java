package dev.crosswalk.ashby;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A user as Ashby embeds one in another object (an application's credited user, a schedule's
 * organizer, an interviewer, an offer's author, a feedback's submitter); only what references need.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AshbyUserRef(String id, String firstName, String lastName, String email) {

    /** "First Last", or whichever part is present; null when neither is. */
    public String fullName() {
        String name =
                ((firstName == null ? "" : firstName.trim()) + " " + (lastName == null ? "" : lastName.trim())).trim();
        return name.isEmpty() ? null : name;
    }
}
