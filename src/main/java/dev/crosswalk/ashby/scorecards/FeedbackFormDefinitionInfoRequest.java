package dev.crosswalk.ashby.scorecards;

/** {@code feedbackFormDefinition.info}. */
record FeedbackFormDefinitionInfoRequest(String feedbackFormDefinitionId) {}
