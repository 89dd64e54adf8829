package dev.crosswalk.ashby.interviews;

import dev.crosswalk.ashby.AshbyUserRef;
import dev.crosswalk.ashby.AshbyValues;
import dev.crosswalk.unified.Reference;
import dev.crosswalk.unified.interviews.Interview;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/**
 * One event of an Ashby interview schedule → one unified interview: the event says when, where and
 * with whom; its schedule says for which application and stage, who organised it, and the status.
 */
@Mapper
public interface InterviewMapper {

    /**
     * Ashby's schedule statuses → the unified ones. Every state before a booking is a draft;
     * anything Ashby adds later passes through raw.
     */
    Map<String, String> STATUSES = Map.of(
            "NeedsScheduling", "draft",
            "WaitingOnCandidateBooking", "draft",
            "WaitingOnCandidateAvailability", "draft",
            "CandidateAvailabilitySubmitted", "draft",
            "OnHold", "draft",
            "Scheduled", "scheduled",
            "WaitingOnFeedback", "awaiting_feedback",
            "Complete", "completed",
            "Cancelled", "cancelled");

    @Mapping(target = "id", source = "event.id")
    @Mapping(target = "createdAt", source = "event.createdAt")
    @Mapping(target = "updatedAt", source = "event.updatedAt")
    @Mapping(target = "application", source = "schedule.applicationId")
    @Mapping(target = "jobInterviewStage", source = "schedule.interviewStageId")
    @Mapping(target = "organizer", source = "schedule.scheduledBy")
    @Mapping(target = "interviewers", source = "event", qualifiedByName = "interviewers")
    @Mapping(target = "location", source = "event.location")
    @Mapping(target = "meetingUrl", source = "event.meetingLink")
    @Mapping(target = "startAt", source = "event.startTime")
    @Mapping(target = "endAt", source = "event.endTime")
    @Mapping(target = "status", source = "schedule.status", qualifiedByName = "status")
    @Mapping(target = "remoteData", source = "remoteData")
    Interview toInterview(AshbyInterviewSchedule schedule, AshbyInterviewSchedule.Event event, Object remoteData);

    @Named("status")
    default String status(String status) {
        return AshbyValues.open(status, STATUSES);
    }

    default Reference reference(String id) {
        return AshbyValues.reference(id);
    }

    default Reference user(AshbyUserRef user) {
        return AshbyValues.user(user);
    }

    /** Ashby lists interviewers twice (ids and user objects), either may be missing: each user once. */
    @Named("interviewers")
    default List<Reference> interviewers(AshbyInterviewSchedule.Event event) {
        Set<String> ids = new LinkedHashSet<>();
        Stream.concat(
                        event.interviewers() == null
                                ? Stream.empty()
                                : event.interviewers().stream()
                                        .filter(Objects::nonNull)
                                        .map(AshbyUserRef::id),
                        event.interviewerUserIds() == null ? Stream.empty() : event.interviewerUserIds().stream())
                .filter(Objects::nonNull)
                .forEach(ids::add);
        return ids.stream().map(Reference::new).toList();
    }
}
