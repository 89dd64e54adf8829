package dev.crosswalk.unified.attachments;

/** The attachment list filters: the candidate whose files are listed (required). */
public record AttachmentFilter(String candidateId) {}
