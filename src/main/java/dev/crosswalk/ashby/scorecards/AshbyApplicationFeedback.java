package dev.crosswalk.ashby.scorecards;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.crosswalk.ashby.AshbyUserRef;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * Submitted feedback as {@code applicationFeedback.list} returns it. {@code submittedValues} maps a
 * field's {@code path} to its value, whose shape depends on the field type, so it stays JSON.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AshbyApplicationFeedback(
        String id,
        AshbyFormDefinition formDefinition,
        JsonNode submittedValues,
        AshbyUserRef submittedByUser,
        String interviewId,
        String interviewEventId,
        String feedbackFormDefinitionId,
        String applicationId,
        Instant submittedAt) {}
