package dev.crosswalk.unified.jobpostings;

import dev.crosswalk.unified.FilterType;
import dev.crosswalk.unified.UnifiedResource;

/** The job postings resource: what a job board shows of each published job. */
public final class JobPostings {

    public static final UnifiedResource<JobPosting, JobPostingFilter> RESOURCE = UnifiedResource.builder(
                    "job_postings", "job_posting", JobPosting.class)
            .tag("Job postings", "The published advertisements of jobs: what a job board shows and where to apply")
            .query(query -> query.filter("job_id", FilterType.TEXT, "Only the postings of this job")
                    .filter(
                            "listed_only",
                            FilterType.FLAG,
                            "Leave out unlisted postings (reachable by link only, not shown on the job board)"))
            .listed(
                    "List job postings",
                    "The published postings of the organisation's external job board. One page per call; follow "
                            + "next_cursor until it is null. Listed postings carry no description: get one posting "
                            + "for it.",
                    query -> new JobPostingFilter(query.text("job_id"), Boolean.TRUE.equals(query.flag("listed_only"))))
            .gotById(
                    "Get a job posting",
                    "With its description (HTML and plain text). An unknown id answers 404 not_found.")
            .updatedAt(JobPosting::updatedAt)
            .build();

    private JobPostings() {}
}
