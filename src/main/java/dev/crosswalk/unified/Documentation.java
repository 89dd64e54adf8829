package dev.crosswalk.unified;

/** The words that describe one operation wherever it is shown: the OpenAPI document and agent tools. */
public record Documentation(String summary, String description) {}
