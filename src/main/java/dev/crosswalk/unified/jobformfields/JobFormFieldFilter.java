package dev.crosswalk.unified.jobformfields;

/** The form-field list filter: the job whose postings' application forms are listed (required). */
public record JobFormFieldFilter(String jobId) {}
