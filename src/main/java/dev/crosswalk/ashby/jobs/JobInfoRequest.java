package dev.crosswalk.ashby.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The body of {@code job.info}; {@code expand: ["location"]} adds the office's name. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobInfoRequest(String id, List<String> expand) {}
