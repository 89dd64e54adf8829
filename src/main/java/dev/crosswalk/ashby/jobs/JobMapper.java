package dev.crosswalk.ashby.jobs;

import dev.crosswalk.ashby.AshbyCustomField;
import dev.crosswalk.ashby.jobs.AshbyJob.HiringTeamMember;
import dev.crosswalk.unified.CustomField;
import dev.crosswalk.unified.NamedReference;
import dev.crosswalk.unified.Reference;
import dev.crosswalk.unified.jobs.Job;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.NullValueMappingStrategy;

/**
 * Ashby job → unified job. Status and employment type are opened enums (documented values in
 * snake case, anything else raw); the hiring team is split by role.
 */
@Mapper(nullValueIterableMappingStrategy = NullValueMappingStrategy.RETURN_DEFAULT)
public interface JobMapper {

    /** Unified job status → Ashby's, for {@code job.list}'s {@code status} parameter. */
    Map<String, String> ASHBY_STATUS =
            Map.of("draft", "Draft", "open", "Open", "closed", "Closed", "archived", "Archived");

    @Mapping(target = "name", source = "job.title")
    @Mapping(target = "status", source = "job.status", qualifiedByName = "status")
    @Mapping(target = "employmentType", source = "job.employmentType", qualifiedByName = "employmentType")
    @Mapping(target = "confidential", source = "job.confidential", qualifiedByName = "isTrue")
    @Mapping(target = "requisitionId", source = "job.customRequisitionId")
    @Mapping(target = "departments", source = "job.departmentId", qualifiedByName = "departments")
    @Mapping(target = "offices", source = "job", qualifiedByName = "offices")
    @Mapping(target = "hiringManagers", source = "job.hiringTeam", qualifiedByName = "hiringManagers")
    @Mapping(target = "recruiters", source = "job.hiringTeam", qualifiedByName = "recruiters")
    @Mapping(target = "jobPostingIds", source = "job.jobPostingIds", qualifiedByName = "ids")
    @Mapping(target = "remoteData", source = "remoteData")
    Job toJob(AshbyJob job, Object remoteData);

    @Mapping(target = "name", source = "title")
    CustomField customField(AshbyCustomField field);

    @Named("status")
    default String status(String status) {
        return status != null && ASHBY_STATUS.containsValue(status) ? status.toLowerCase(Locale.ROOT) : status;
    }

    /** {@code FullTime} → {@code full_time}; an unknown type passes through raw. */
    @Named("employmentType")
    default String employmentType(String type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "FullTime" -> "full_time";
            case "PartTime" -> "part_time";
            case "Intern", "Contract", "Temporary" -> type.toLowerCase(Locale.ROOT);
            default -> type;
        };
    }

    @Named("isTrue")
    default boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    @Named("ids")
    default List<String> ids(List<String> ids) {
        return ids == null ? List.of() : ids.stream().filter(Objects::nonNull).toList();
    }

    @Named("departments")
    default List<Reference> departments(String departmentId) {
        return departmentId == null ? List.of() : List.of(new Reference(departmentId));
    }

    /** The expanded {@code location} carries the name; without it only the id is known. */
    @Named("offices")
    default List<NamedReference> offices(AshbyJob job) {
        if (job.location() != null && job.location().id() != null) {
            return List.of(
                    new NamedReference(job.location().id(), job.location().name()));
        }
        return job.locationId() == null ? List.of() : List.of(new NamedReference(job.locationId(), null));
    }

    @Named("hiringManagers")
    default List<Reference> hiringManagers(List<HiringTeamMember> team) {
        return members(team, "Hiring Manager");
    }

    @Named("recruiters")
    default List<Reference> recruiters(List<HiringTeamMember> team) {
        return members(team, "Recruiter");
    }

    private static List<Reference> members(List<HiringTeamMember> team, String role) {
        return team == null
                ? List.of()
                : team.stream()
                        .filter(Objects::nonNull)
                        .filter(member -> member.userId() != null && role.equalsIgnoreCase(member.role()))
                        .map(member -> new Reference(member.userId()))
                        .distinct()
                        .toList();
    }
}
