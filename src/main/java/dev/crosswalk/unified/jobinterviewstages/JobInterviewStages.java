package dev.crosswalk.unified.jobinterviewstages;

import dev.crosswalk.unified.FilterType;
import dev.crosswalk.unified.UnifiedResource;

/** The job interview stages resource: the steps of a job's interview plans. */
public final class JobInterviewStages {

    public static final UnifiedResource<JobInterviewStage, JobInterviewStageFilter> RESOURCE = UnifiedResource.builder(
                    "job_interview_stages", "job_interview_stage", JobInterviewStage.class)
            .tag("Job interview stages", "The stages of a job's interview plans, in plan order")
            .query(query ->
                    query.requiredFilter("job_id", FilterType.TEXT, "The job whose interview stages are listed"))
            .listed(
                    "List a job's interview stages",
                    "The stages of each of the job's interview plans, plan by plan in plan order. One page per call; "
                            + "follow next_cursor until it is null. job_id is required; an unknown job answers 404 "
                            + "not_found.",
                    query -> new JobInterviewStageFilter(query.text("job_id")))
            .gotById(
                    "Get an interview stage",
                    "job is null here: the ATS's stage names only its interview plan. An unknown id answers 404 not_found.")
            .build();

    private JobInterviewStages() {}
}
