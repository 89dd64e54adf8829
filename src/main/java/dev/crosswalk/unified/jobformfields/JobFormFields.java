package dev.crosswalk.unified.jobformfields;

import dev.crosswalk.unified.FilterType;
import dev.crosswalk.unified.UnifiedResource;

/** The job form fields resource: the questions of a job's application forms. */
public final class JobFormFields {

    public static final UnifiedResource<JobFormField, JobFormFieldFilter> RESOURCE = UnifiedResource.builder(
                    "job_form_fields", "job_form_field", JobFormField.class)
            .tag("Job form fields", "The fields of the application forms of a job's published postings")
            .query(query ->
                    query.requiredFilter("job_id", FilterType.TEXT, "The job whose application form fields are listed"))
            .listed(
                    "List a job's application form fields",
                    "The fields of the application form of each of the job's published postings, posting by posting, "
                            + "in form order. One page per call; follow next_cursor until it is null. job_id is "
                            + "required; an unknown job answers 404 not_found, a job without published postings an "
                            + "empty list.",
                    query -> new JobFormFieldFilter(query.text("job_id")))
            .build();

    private JobFormFields() {}
}
