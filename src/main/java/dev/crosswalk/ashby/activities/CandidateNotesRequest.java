package dev.crosswalk.ashby.activities;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of {@code candidate.listNotes}, a paged method; absent values are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CandidateNotesRequest(String candidateId, Integer limit, String cursor, String syncToken) {}
