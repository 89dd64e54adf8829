package dev.crosswalk.ashby.attachments;

/** The body of {@code file.info}: the handle from a candidate's {@code resumeFileHandle} or {@code fileHandles}. */
public record FileInfoRequest(String fileHandle) {}
