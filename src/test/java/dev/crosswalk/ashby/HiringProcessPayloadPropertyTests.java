package dev.crosswalk.ashby;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.ashby.applications.ApplicationMapper;
import dev.crosswalk.ashby.applications.ApplicationMapperImpl;
import dev.crosswalk.ashby.applications.AshbyApplication;
import dev.crosswalk.ashby.interviews.AshbyInterviewSchedule;
import dev.crosswalk.ashby.interviews.InterviewMapper;
import dev.crosswalk.ashby.interviews.InterviewMapperImpl;
import dev.crosswalk.ashby.offers.AshbyOffer;
import dev.crosswalk.ashby.offers.OfferMapper;
import dev.crosswalk.ashby.offers.OfferMapperImpl;
import dev.crosswalk.ashby.rejectreasons.AshbyArchiveReason;
import dev.crosswalk.ashby.rejectreasons.RejectReasonMapper;
import dev.crosswalk.ashby.rejectreasons.RejectReasonMapperImpl;
import dev.crosswalk.ashby.scorecards.AshbyApplicationFeedback;
import dev.crosswalk.ashby.scorecards.AshbyFeedbackFormDefinition;
import dev.crosswalk.ashby.scorecards.ScorecardMapper;
import dev.crosswalk.ashby.scorecards.ScorecardMapperImpl;
import dev.crosswalk.support.AshbySpec;
import dev.crosswalk.unified.applications.Application;
import dev.crosswalk.unified.interviews.Interview;
import dev.crosswalk.unified.offers.Offer;
import dev.crosswalk.unified.rejectreasons.RejectReason;
import dev.crosswalk.unified.scorecards.Scorecard;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import tools.jackson.databind.JsonNode;

/**
 * Every answer Ashby's spec allows for the hiring-process methods — generated from the response
 * schemas, with optional fields missing or null, empty arrays, other oneOf branches, enum values the
 * spec does not list and properties it does not define — is read and mapped without error, into
 * records that serialize, with open enums.
 */
class HiringProcessPayloadPropertyTests {

    private static final AshbySpec SPEC = AshbySpec.load();

    final ApplicationMapper applications = new ApplicationMapperImpl();
    final InterviewMapper interviews = new InterviewMapperImpl();
    final OfferMapper offers = new OfferMapperImpl();
    final ScorecardMapper scorecards = new ScorecardMapperImpl();
    final RejectReasonMapper rejectReasons = new RejectReasonMapperImpl();

    @Property(tries = 150)
    void applicationsMap(@ForAll long seed) {
        for (String method : List.of("application.list", "application.info")) {
            for (JsonNode json : results(method, seed)) {
                Application application =
                        applications.toApplication(AshbyJson.read(json, AshbyApplication.class), json);

                assertThat(application.id()).isEqualTo(json.path("id").asString());
                assertOpen(application.status(), json.path("status"), Set.of("active", "hired", "archived", "lead"));
                assertThat(application.hiringTeam()).isNotNull();
                assertThat(application.customFields()).isNotNull();
                assertSerializes(application);
            }
        }
    }

    @Property(tries = 150)
    void interviewSchedulesMapToOneInterviewPerEvent(@ForAll long seed) {
        for (JsonNode json : results("interviewSchedule.list", seed)) {
            AshbyInterviewSchedule schedule = AshbyJson.read(json, AshbyInterviewSchedule.class);
            List<AshbyInterviewSchedule.Event> events =
                    schedule.interviewEvents() == null ? List.of() : schedule.interviewEvents();
            for (AshbyInterviewSchedule.Event event : events) {
                Interview interview = interviews.toInterview(schedule, event, json);

                assertThat(interview.id()).isEqualTo(event.id());
                assertOpen(
                        interview.status(),
                        json.path("status"),
                        Set.of("draft", "scheduled", "awaiting_feedback", "completed", "cancelled"));
                assertThat(interview.interviewers()).isNotNull();
                assertSerializes(interview);
            }
        }
    }

    @Property(tries = 150)
    void offersMap(@ForAll long seed) {
        for (String method : List.of("offer.list", "offer.info")) {
            for (JsonNode json : results(method, seed)) {
                Offer offer = offers.toOffer(AshbyJson.read(json, AshbyOffer.class), json);

                assertThat(offer.id()).isEqualTo(json.path("id").asString());
                assertOpen(
                        offer.status(),
                        json.path("offerStatus"),
                        Set.of("draft", "approval_sent", "sent", "signed", "denied", "deprecated"));
                assertOpen(
                        offer.acceptanceStatus(),
                        json.path("acceptanceStatus"),
                        Set.of("accepted", "declined", "pending", "created", "cancelled", "waiting_on_response"));
                assertThat(offer.customFields()).isNotNull();
                assertSerializes(offer);
            }
        }
    }

    @Property(tries = 150)
    void feedbackMapsWithItsOwnFormOrOneReadSeparately(@ForAll long seed) {
        List<JsonNode> forms = results("feedbackFormDefinition.info", seed + 1);
        AshbyFeedbackFormDefinition separate = AshbyJson.read(forms.get(0), AshbyFeedbackFormDefinition.class);
        for (JsonNode json : results("applicationFeedback.list", seed)) {
            AshbyApplicationFeedback feedback = AshbyJson.read(json, AshbyApplicationFeedback.class);
            for (Scorecard scorecard : List.of(
                    scorecards.toScorecard(feedback, feedback.formDefinition(), json),
                    scorecards.toScorecard(feedback, separate.formDefinition(), null))) {
                assertThat(scorecard.id()).isEqualTo(json.path("id").asString());
                if (json.path("submittedValues").isObject()) {
                    assertThat(scorecard.formValues())
                            .extracting(Scorecard.FormValue::name)
                            .as("no submitted value is dropped")
                            .containsAll(json.path("submittedValues").propertyNames());
                }
                assertSerializes(scorecard);
            }
        }
    }

    @Property(tries = 150)
    void archiveReasonsMap(@ForAll long seed) {
        for (JsonNode json : results("archiveReason.list", seed)) {
            RejectReason reason = rejectReasons.toRejectReason(AshbyJson.read(json, AshbyArchiveReason.class), json);

            assertThat(reason.id()).isEqualTo(json.path("id").asString());
            assertThat(reason.type())
                    .isEqualTo(
                            json.path("reasonType").isString()
                                    ? json.path("reasonType").asString()
                                    : null);
            assertSerializes(reason);
        }
    }

    private static List<JsonNode> results(String method, long seed) {
        return AshbySpec.results(SPEC.randomResponse(method, new Random(seed)));
    }

    /** A documented value when Ashby's is known, Ashby's own value otherwise. */
    private static void assertOpen(String unified, JsonNode ashby, Set<String> documented) {
        if (ashby.isString()) {
            assertThat(unified)
                    .satisfiesAnyOf(
                            value -> assertThat(documented).contains(value),
                            value -> assertThat(value).isEqualTo(ashby.asString()));
        } else {
            assertThat(unified).isNull();
        }
    }

    private static void assertSerializes(Object record) {
        assertThat(AshbyJson.JSON.writeValueAsString(record)).startsWith("{");
    }
}
