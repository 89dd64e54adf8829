package dev.crosswalk.ashby.candidates;

/** {@code candidate.addTag}. */
record CandidateTagRequest(String candidateId, String tagId) {}
