package dev.crosswalk.ashby.jobpostings;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of {@code jobPosting.list} (not paged); {@code listedOnly} is sent only when true, leaving Ashby's default. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record JobPostingListRequest(Boolean listedOnly) {}
