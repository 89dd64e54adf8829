package dev.crosswalk.unified.activities;

/** The activity list filters: the candidate whose record is listed (required). */
public record ActivityFilter(String candidateId) {}
