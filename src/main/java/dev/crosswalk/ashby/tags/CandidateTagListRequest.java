package dev.crosswalk.ashby.tags;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of {@code candidateTag.list}; {@code includeArchived} is only sent when true (Ashby's default is false). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CandidateTagListRequest(Integer limit, String cursor, Boolean includeArchived, String syncToken) {}
