package dev.crosswalk.ashby.candidates;

import dev.crosswalk.ashby.candidates.AshbyCandidate.FileHandle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A candidate's files, each once: Ashby lists the resume in {@code resumeFileHandle} and usually
 * again in {@code fileHandles}. The resume comes first, then the others in Ashby's order. Shared
 * by the candidate's {@code attachments} and the attachments resource, so both list the same files.
 */
public final class CandidateFiles {

    private CandidateFiles() {}

    public static List<FileHandle> of(AshbyCandidate candidate) {
        Map<String, FileHandle> byId = new LinkedHashMap<>();
        Stream.concat(
                        Stream.ofNullable(candidate.resumeFileHandle()),
                        candidate.fileHandles() == null ? Stream.empty() : candidate.fileHandles().stream())
                .filter(Objects::nonNull)
                .filter(file -> file.id() != null)
                .forEach(file -> byId.putIfAbsent(file.id(), file));
        return List.copyOf(byId.values());
    }

    /** Whether {@code file} is the candidate's current resume. */
    public static boolean isResume(AshbyCandidate candidate, FileHandle file) {
        return candidate.resumeFileHandle() != null
                && file.id().equals(candidate.resumeFileHandle().id());
    }
}
