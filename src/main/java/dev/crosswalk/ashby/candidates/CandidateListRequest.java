package dev.crosswalk.ashby.candidates;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of {@code candidate.list}; absent values are left out, as Ashby then applies its defaults. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CandidateListRequest(Integer limit, String cursor, Long createdAfter, String syncToken) {}
