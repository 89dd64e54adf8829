package dev.crosswalk.ashby.rejectreasons;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A reason an application was archived, as {@code archiveReason.list} returns it and as
 * applications embed it. {@code reasonType} is {@code RejectedByCandidate}, {@code RejectedByOrg}
 * or {@code Other}, kept as text so a new value never fails.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AshbyArchiveReason(String id, String text, String reasonType, Boolean isArchived) {}
