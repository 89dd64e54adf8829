package dev.crosswalk.ashby.rejectreasons;

/** {@code archiveReason.list}. */
record ArchiveReasonListRequest(boolean includeArchived) {}
