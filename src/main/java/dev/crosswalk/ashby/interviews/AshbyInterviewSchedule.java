package dev.crosswalk.ashby.interviews;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.crosswalk.ashby.AshbyUserRef;
import java.time.Instant;
import java.util.List;

/**
 * An interview schedule as {@code interviewSchedule.list} returns it: the application's booking
 * for one interview stage, with one event per interview in it. {@code status} is kept as text.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AshbyInterviewSchedule(
        String id,
        String status,
        String applicationId,
        String interviewStageId,
        AshbyUserRef scheduledBy,
        Instant createdAt,
        Instant updatedAt,
        List<Event> interviewEvents) {

    /** One interview of the schedule: when, where and with whom. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(
            String id,
            String interviewId,
            String interviewScheduleId,
            List<String> interviewerUserIds,
            List<AshbyUserRef> interviewers,
            Instant createdAt,
            Instant updatedAt,
            Instant startTime,
            Instant endTime,
            String location,
            String meetingLink) {}
}
