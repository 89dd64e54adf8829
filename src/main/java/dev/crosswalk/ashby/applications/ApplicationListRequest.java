package dev.crosswalk.ashby.applications;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code application.list}; {@code status} is Ashby's ({@code Active}, {@code Hired}, ...); absent values are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApplicationListRequest(
        Integer limit, String cursor, Long createdAfter, String status, String jobId, String syncToken) {}
