package dev.crosswalk.ashby.jobpostings;

import dev.crosswalk.ashby.Ashby;
import dev.crosswalk.ashby.AshbyValues;
import dev.crosswalk.ashby.jobs.JobMapper;
import dev.crosswalk.unified.Reference;
import dev.crosswalk.unified.jobpostings.JobPosting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mapstruct.InjectionStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/**
 * Ashby job posting → unified job posting. Employment type is opened as for jobs; the posting's
 * offices are its primary location, then the others, each once.
 */
@Mapper(uses = JobMapper.class, injectionStrategy = InjectionStrategy.CONSTRUCTOR)
public interface JobPostingMapper {

    /** Ashby's workplace types → the unified ones; anything else passes through raw. */
    Map<String, String> WORKPLACE_TYPES = Map.of("OnSite", "on_site", "Remote", "remote", "Hybrid", "hybrid");

    @Mapping(target = "job", source = "posting.jobId")
    @Mapping(target = "offices", source = "posting.locationIds", qualifiedByName = "offices")
    @Mapping(target = "workplaceType", source = "posting.workplaceType", qualifiedByName = "workplaceType")
    @Mapping(target = "employmentType", source = "posting.employmentType", qualifiedByName = "employmentType")
    @Mapping(target = "isListed", source = "posting.isListed", qualifiedByName = "isTrue")
    @Mapping(target = "url", source = "posting.externalLink")
    @Mapping(target = "applyUrl", source = "posting.applyLink")
    @Mapping(target = "compensationSummary", source = "posting.compensationTierSummary")
    @Mapping(
            target = "displayCompensation",
            source = "posting.shouldDisplayCompensationOnJobBoard",
            qualifiedByName = "isTrue")
    @Mapping(target = "remoteData", source = "remoteData")
    JobPosting toJobPosting(AshbyJobPosting posting, Object remoteData);

    default Reference reference(String id) {
        return AshbyValues.reference(id);
    }

    @Named("workplaceType")
    default String workplaceType(String type) {
        return AshbyValues.open(type, WORKPLACE_TYPES);
    }

    @Named("offices")
    default List<Reference> offices(AshbyJobPosting.LocationIds ids) {
        List<Reference> offices = new ArrayList<>();
        if (ids != null) {
            if (ids.primaryLocationId() != null) {
                offices.add(new Reference(ids.primaryLocationId()));
            }
            for (String id : Ashby.orEmpty(ids.secondaryLocationIds())) {
                if (id != null
                        && offices.stream().noneMatch(office -> office.id().equals(id))) {
                    offices.add(new Reference(id));
                }
            }
        }
        return List.copyOf(offices);
    }
}
