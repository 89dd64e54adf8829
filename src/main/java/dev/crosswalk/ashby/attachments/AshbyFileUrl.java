package dev.crosswalk.ashby.attachments;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What {@code file.info} answers: a short-lived download link for one file handle. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AshbyFileUrl(String url) {}
