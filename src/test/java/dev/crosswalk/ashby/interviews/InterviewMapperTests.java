package dev.crosswalk.ashby.interviews;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.ashby.AshbyJson;
import dev.crosswalk.support.AshbySpec;
import dev.crosswalk.unified.Reference;
import dev.crosswalk.unified.interviews.Interview;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** One interview per event of an interview schedule, fed with the shared example and the spec's example. */
class InterviewMapperTests {

    final InterviewMapper mapper = new InterviewMapperImpl();

    @Test
    void mapsAnEventOfTheExampleSchedule() {
        JsonNode scheduleJson = AshbyJson.fixture("interviewSchedule.list.constructed-from-spec.json")
                .path("results")
                .get(0);
        AshbyInterviewSchedule schedule = AshbyJson.read(scheduleJson, AshbyInterviewSchedule.class);

        Interview interview =
                mapper.toInterview(schedule, schedule.interviewEvents().get(0), scheduleJson);

        assertThat(interview.id()).isEqualTo("3ae2b801-19f6-41ef-ad28-214bd731948f");
        assertThat(interview.createdAt()).isEqualTo(Instant.parse("2026-09-01T15:00:00.000Z"));
        assertThat(interview.application()).isEqualTo(new Reference("3ae2b801-19f6-41ef-ad28-214bd731948f"));
        assertThat(interview.jobInterviewStage()).isEqualTo(new Reference("2c6991c5-c9e2-4af8-879e-29c5a9d26509"));
        assertThat(interview.organizer()).isEqualTo(new Reference("d2c1b0a9-8f7e-4d6c-9b5a-493827161514"));
        assertThat(interview.interviewers())
                .as("listed by id and as user: once")
                .containsExactly(new Reference("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"));
        assertThat(interview.location()).isEqualTo("Google Meet");
        assertThat(interview.meetingUrl()).isEqualTo("https://meet.google.com/abc-defg-hij");
        assertThat(interview.startAt()).isEqualTo(Instant.parse("2026-09-08T16:00:00.000Z"));
        assertThat(interview.endAt()).isEqualTo(Instant.parse("2026-09-08T17:00:00.000Z"));
        assertThat(interview.status()).isEqualTo("scheduled");
        assertThat(interview.remoteData()).isEqualTo(scheduleJson);
    }

    @Test
    void mapsTheSpecExample() {
        JsonNode scheduleJson = AshbySpec.results(AshbySpec.load().wholeExampleResponse("interviewSchedule.list"))
                .get(0);
        AshbyInterviewSchedule schedule = AshbyJson.read(scheduleJson, AshbyInterviewSchedule.class);

        Interview interview =
                mapper.toInterview(schedule, schedule.interviewEvents().get(0), null);

        assertThat(interview.id())
                .isEqualTo(
                        scheduleJson.path("interviewEvents").get(0).path("id").asString());
        assertThat(interview.application().id())
                .isEqualTo(scheduleJson.path("applicationId").asString());
        assertThat(interview.status())
                .as("the spec's first status, NeedsScheduling")
                .isEqualTo("draft");
        assertThat(interview.interviewers()).isNotEmpty();
    }

    @Test
    void statusesFollowTheUnifiedSchemaAndUnknownOnesPassThrough() {
        assertThat(mapper.status("NeedsScheduling")).isEqualTo("draft");
        assertThat(mapper.status("WaitingOnCandidateBooking")).isEqualTo("draft");
        assertThat(mapper.status("OnHold")).isEqualTo("draft");
        assertThat(mapper.status("Scheduled")).isEqualTo("scheduled");
        assertThat(mapper.status("WaitingOnFeedback")).isEqualTo("awaiting_feedback");
        assertThat(mapper.status("Complete")).isEqualTo("completed");
        assertThat(mapper.status("Cancelled")).isEqualTo("cancelled");
        assertThat(mapper.status("Unknown")).isEqualTo("Unknown");
        assertThat(mapper.status("Rescheduling")).isEqualTo("Rescheduling");
    }
}
