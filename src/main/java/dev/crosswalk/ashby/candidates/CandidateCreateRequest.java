package dev.crosswalk.ashby.candidates;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code candidate.create}: one phone, three kinds of link, extra addresses as alternates; empty values are left out. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record CandidateCreateRequest(
        String name,
        String email,
        List<String> alternateEmailAddresses,
        String phoneNumber,
        String linkedInUrl,
        String githubUrl,
        String website,
        String sourceId) {}
