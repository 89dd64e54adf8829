package dev.crosswalk.ashby.candidates;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of {@code candidate.search}; Ashby ANDs {@code email} with {@code name}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CandidateSearchRequest(String email, String name) {}
