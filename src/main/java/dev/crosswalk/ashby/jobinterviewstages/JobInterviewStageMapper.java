package dev.crosswalk.ashby.jobinterviewstages;

import dev.crosswalk.unified.Reference;
import dev.crosswalk.unified.jobinterviewstages.JobInterviewStage;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/**
 * Ashby interview stage → unified job interview stage. The stage does not name its job, so the
 * caller passes the job it listed the stage for (null on a get); {@code type} stays raw.
 */
@Mapper
public interface JobInterviewStageMapper {

    @Mapping(target = "id", source = "stage.id")
    @Mapping(target = "name", source = "stage.title")
    @Mapping(target = "job", source = "jobId", qualifiedByName = "job")
    @Mapping(target = "position", source = "stage.orderInInterviewPlan")
    @Mapping(target = "type", source = "stage.type")
    @Mapping(target = "interviewPlanId", source = "stage.interviewPlanId")
    @Mapping(target = "remoteData", source = "remoteData")
    JobInterviewStage toStage(AshbyInterviewStage stage, String jobId, Object remoteData);

    @Named("job")
    default Reference job(String jobId) {
        return jobId == null ? null : new Reference(jobId);
    }
}
