package dev.crosswalk.ashby.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of {@code job.list}. {@code status} is always sent, as Ashby leaves drafts out without
 * it; {@code expand: ["location"]} adds the office's name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobListRequest(
        Integer limit, String cursor, Long createdAfter, List<String> status, List<String> expand, String syncToken) {}
