package dev.crosswalk.ashby.scorecards;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A feedback form as {@code feedbackFormDefinition.info} returns it; read for its fields' labels. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AshbyFeedbackFormDefinition(String id, String title, AshbyFormDefinition formDefinition) {}
