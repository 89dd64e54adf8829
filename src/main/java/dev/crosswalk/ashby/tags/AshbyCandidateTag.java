package dev.crosswalk.ashby.tags;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A candidate tag as {@code candidateTag.list} returns it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AshbyCandidateTag(String id, String title, Boolean isArchived) {}
