package dev.crosswalk.ashby.scorecards;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.crosswalk.ashby.AshbyTestClients;
import dev.crosswalk.support.AshbyStub;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.scorecards.Scorecard;
import dev.crosswalk.unified.scorecards.ScorecardFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Scorecards against a WireMock Ashby: feedback without its form is labelled from forms read once per page. */
class AshbyScorecardsTests {

    @RegisterExtension
    static final WireMockExtension ashby = AshbyStub.create();

    static final TenantContext TENANT = AshbyTestClients.tenant("ashby-key-0123456789");
    static final String APP_1 = "20000000-0000-4000-8000-000000000001";
    static final String FORM = "30000000-0000-4000-8000-000000000001";
    static final String OTHER_FORM = "30000000-0000-4000-8000-000000000002";

    @Test
    void feedbackWithoutItsFormIsLabelledFromFormsReadOncePerPage() {
        ashby.stubFor(post("/applicationFeedback.list").willReturn(okJson("""
                {"success": true, "moreDataAvailable": false, "results": [
                  {"id": "f-1", "feedbackFormDefinitionId": "%1$s", "submittedValues": {"score": "4"}},
                  {"id": "f-2", "feedbackFormDefinitionId": "%1$s", "submittedValues": {"score": "2"}},
                  {"id": "f-3", "feedbackFormDefinitionId": "%2$s", "submittedValues": {"score": "1"}}]}""".formatted(FORM, OTHER_FORM))));
        ashby.stubFor(post("/feedbackFormDefinition.info")
                .withRequestBody(matchingJsonPath("$.feedbackFormDefinitionId", equalTo(FORM)))
                .willReturn(okJson("""
                        {"success": true, "results": {"id": "%s", "title": "Screen", "formDefinition": {"sections": [{"fields": [
                          {"isRequired": true,
                           "field": {"id": "x", "type": "Score", "path": "score",
                                     "title": "Overall recommendation"}}]}]}}}""".formatted(FORM))));
        ashby.stubFor(post("/feedbackFormDefinition.info")
                .withRequestBody(matchingJsonPath("$.feedbackFormDefinitionId", equalTo(OTHER_FORM)))
                .willReturn(okJson("{\"success\": false, \"errors\": [\"feedback_form_definition_not_found\"]}")));

        Page<Scorecard> page = new AshbyScorecards(
                        AshbyTestClients.singleAttempt(ashby.baseUrl()), new ScorecardMapperImpl())
                .list(TENANT, new ScorecardFilter(null, APP_1), new PageRequest(10, null, false))
                .block();

        assertThat(page.records())
                .extracting(scorecard -> scorecard.formValues().get(0).label())
                .containsExactly("Overall recommendation", "Overall recommendation", null);
        assertThat(page.records().get(0).overallRecommendation().toString()).isEqualTo("\"4\"");
        ashby.verify(
                1,
                postRequestedFor(urlEqualTo("/feedbackFormDefinition.info"))
                        .withRequestBody(equalToJson("{\"feedbackFormDefinitionId\": \"" + FORM + "\"}")));
        ashby.verify(postRequestedFor(urlEqualTo("/applicationFeedback.list"))
                .withRequestBody(equalToJson("{\"limit\": 10, \"applicationId\": \"" + APP_1 + "\"}")));
    }
}
