package dev.crosswalk.ashby.applications;

import dev.crosswalk.ashby.AshbyCustomField;
import dev.crosswalk.ashby.AshbyUserRef;
import dev.crosswalk.ashby.AshbyValues;
import dev.crosswalk.ashby.rejectreasons.AshbyArchiveReason;
import dev.crosswalk.unified.CustomField;
import dev.crosswalk.unified.NamedReference;
import dev.crosswalk.unified.applications.Application;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.NullValueMappingStrategy;

/**
 * Ashby application → unified application. {@code remoteData} is the object as received, or null
 * when the client did not ask for it.
 */
@Mapper(nullValueIterableMappingStrategy = NullValueMappingStrategy.RETURN_DEFAULT)
public interface ApplicationMapper {

    /** Ashby's statuses → the unified ones; anything else passes through raw. */
    Map<String, String> STATUSES = Map.of("Active", "active", "Hired", "hired", "Archived", "archived", "Lead", "lead");

    @Mapping(target = "status", source = "application.status", qualifiedByName = "status")
    @Mapping(target = "appliedAt", source = "application.createdAt")
    @Mapping(target = "currentStage", source = "application.currentInterviewStage")
    @Mapping(target = "creditedTo", source = "application.creditedToUser")
    @Mapping(target = "rejectedAt", source = "application.archivedAt")
    @Mapping(target = "rejectReason", source = "application.archiveReason")
    @Mapping(target = "remoteData", source = "remoteData")
    Application toApplication(AshbyApplication application, Object remoteData);

    @Named("status")
    default String status(String status) {
        return AshbyValues.open(status, STATUSES);
    }

    default NamedReference candidate(AshbyApplication.Candidate candidate) {
        return candidate == null ? null : new NamedReference(candidate.id(), candidate.name());
    }

    default NamedReference job(AshbyApplication.Job job) {
        return job == null ? null : new NamedReference(job.id(), job.title());
    }

    default NamedReference stage(AshbyApplication.Stage stage) {
        return stage == null ? null : new NamedReference(stage.id(), stage.title());
    }

    default NamedReference source(AshbyApplication.Source source) {
        return source == null ? null : new NamedReference(source.id(), source.title());
    }

    default NamedReference rejectReason(AshbyArchiveReason reason) {
        return reason == null ? null : new NamedReference(reason.id(), reason.text());
    }

    default NamedReference creditedTo(AshbyUserRef user) {
        return AshbyValues.namedUser(user);
    }

    default List<Application.HiringTeamMember> hiringTeam(List<AshbyApplication.HiringTeamMember> team) {
        return team == null
                ? List.of()
                : team.stream()
                        .filter(Objects::nonNull)
                        .map(member ->
                                new Application.HiringTeamMember(AshbyValues.reference(member.userId()), member.role()))
                        .toList();
    }

    default List<CustomField> customFields(List<AshbyCustomField> fields) {
        return AshbyValues.customFields(fields);
    }
}
