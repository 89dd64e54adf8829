package dev.crosswalk.ashby.scorecards;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.ashby.AshbyJson;
import dev.crosswalk.support.AshbySpec;
import dev.crosswalk.unified.Reference;
import dev.crosswalk.unified.scorecards.Scorecard;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Submitted feedback joined with its form, fed with the spec's example of applicationFeedback.list. */
class ScorecardMapperTests {

    final ScorecardMapper mapper = new ScorecardMapperImpl();

    @Test
    void mapsTheSpecExampleWithTheFormItCarries() {
        JsonNode json = AshbySpec.results(AshbySpec.load().wholeExampleResponse("applicationFeedback.list"))
                .get(0);
        AshbyApplicationFeedback feedback = AshbyJson.read(json, AshbyApplicationFeedback.class);

        Scorecard scorecard = mapper.toScorecard(feedback, feedback.formDefinition(), json);

        assertThat(scorecard.id()).isEqualTo("f47ac10b-58cc-4372-a567-0e02b2c3d479");
        assertThat(scorecard.application()).isEqualTo(new Reference("550e8400-e29b-41d4-a716-446655440000"));
        assertThat(scorecard.interview())
                .as("the interview event, as interviews are listed by event")
                .isEqualTo(new Reference("6ba7b812-9dad-11d1-80b4-00c04fd430c8"));
        assertThat(scorecard.interviewer()).isEqualTo(new Reference("123e4567-e89b-12d3-a456-426614174000"));
        assertThat(scorecard.submittedAt()).isEqualTo(Instant.parse("2023-11-15T14:30:00.000Z"));
        assertThat(scorecard.overallRecommendation()).isEqualTo(AshbyJson.JSON.readTree("\"hire\""));
        assertThat(scorecard.formValues())
                .extracting(Scorecard.FormValue::name, Scorecard.FormValue::label)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("overall_recommendation", "Overall Recommendation"),
                        org.assertj.core.groups.Tuple.tuple("technical_skills", "Technical Skills"),
                        org.assertj.core.groups.Tuple.tuple("detailed_feedback", "Detailed Feedback"));
        assertThat(scorecard.formValues().get(1).value()).isEqualTo(AshbyJson.JSON.readTree("\"4\""));
        assertThat(scorecard.remoteData()).isEqualTo(json);
    }

    @Test
    void labelsComeFromAFormReadSeparatelyAndUnknownValuesAreKept() {
        JsonNode feedbackJson = AshbyJson.JSON.readTree("""
                {"id": "f-1", "applicationId": "a-1", "feedbackFormDefinitionId": "form-1",
                 "submittedByUser": {"id": "u-1"}, "submittedAt": "2026-01-02T03:04:05.000Z",
                 "submittedValues": {"score": 3, "notes": null, "legacy": "kept"}}""");
        JsonNode formJson = AshbyJson.JSON.readTree("""
                {"id": "form-1", "title": "Screen", "organizationId": "o-1", "isArchived": false, "isDefaultForm": true,
                 "formDefinition": {"sections": [{"title": "Main", "fields": [
                    {"isRequired": true, "field": {"id": "x-1", "type": "Score", "path": "score", "title": "Overall recommendation",
                                                   "humanReadablePath": "Overall recommendation", "isNullable": false}},
                    {"isRequired": false, "field": {"id": "x-2", "type": "RichText", "path": "notes", "title": "Notes",
                                                    "humanReadablePath": "Notes", "isNullable": true}}]}]}}""");
        AshbyFeedbackFormDefinition form = AshbyJson.read(formJson, AshbyFeedbackFormDefinition.class);

        Scorecard scorecard = mapper.toScorecard(
                AshbyJson.read(feedbackJson, AshbyApplicationFeedback.class), form.formDefinition(), null);

        assertThat(scorecard.overallRecommendation()).as("found by its title").isEqualTo(AshbyJson.JSON.readTree("3"));
        assertThat(scorecard.formValues())
                .extracting(Scorecard.FormValue::name, Scorecard.FormValue::label, Scorecard.FormValue::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "score", "Overall recommendation", AshbyJson.JSON.readTree("3")),
                        org.assertj.core.groups.Tuple.tuple("notes", "Notes", null),
                        org.assertj.core.groups.Tuple.tuple("legacy", null, AshbyJson.JSON.readTree("\"kept\"")));
        assertThat(scorecard.interview()).isNull();
    }

    @Test
    void withoutAFormTheValuesAreStillListed() {
        JsonNode feedbackJson = AshbyJson.JSON.readTree("""
                {"id": "f-2", "submittedValues": {"overall_recommendation": "2"}}""");

        Scorecard scorecard =
                mapper.toScorecard(AshbyJson.read(feedbackJson, AshbyApplicationFeedback.class), null, null);

        assertThat(scorecard.overallRecommendation()).isEqualTo(AshbyJson.JSON.readTree("\"2\""));
        assertThat(scorecard.formValues())
                .containsExactly(
                        new Scorecard.FormValue("overall_recommendation", null, AshbyJson.JSON.readTree("\"2\"")));
        assertThat(scorecard.interviewer()).isNull();
    }
}
