package dev.crosswalk.ashby.attachments;

import dev.crosswalk.ashby.candidates.AshbyCandidate;
import dev.crosswalk.ashby.candidates.AshbyCandidate.FileHandle;
import dev.crosswalk.ashby.candidates.CandidateFiles;
import dev.crosswalk.unified.Reference;
import dev.crosswalk.unified.attachments.Attachment;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import tools.jackson.databind.JsonNode;

/**
 * A candidate's Ashby file handles → unified attachments, one per file id. {@code remote_data} of
 * an attachment is the file handle object exactly as it appeared in the candidate.
 */
@Mapper
public interface AttachmentMapper {

    String RESUME = "resume";
    String OTHER = "other";

    @Mapping(target = "id", source = "file.id")
    @Mapping(target = "candidate", source = "candidateId")
    @Mapping(target = "fileName", source = "file.name")
    @Mapping(target = "attachmentType", source = "attachmentType")
    @Mapping(target = "fileUrl", source = "fileUrl")
    @Mapping(target = "remoteData", source = "remoteData")
    Attachment toAttachment(
            FileHandle file, String candidateId, String attachmentType, String fileUrl, Object remoteData);

    default Reference reference(String id) {
        return id == null ? null : new Reference(id);
    }

    /**
     * Every file of the candidate, without links. {@code received} is the candidate as received
     * when remote data was asked for, otherwise null.
     */
    default List<Attachment> toAttachments(AshbyCandidate candidate, JsonNode received) {
        return CandidateFiles.of(candidate).stream()
                .map(file -> attachment(candidate, file, null, received))
                .toList();
    }

    /** One file of the candidate, with its download link when there is one. */
    default Attachment attachment(AshbyCandidate candidate, FileHandle file, String fileUrl, JsonNode received) {
        return toAttachment(
                file,
                candidate.id(),
                CandidateFiles.isResume(candidate, file) ? RESUME : OTHER,
                fileUrl,
                received == null ? null : fileJson(received, file.id()));
    }

    /** The file handle object with that id in the candidate as received. */
    private static JsonNode fileJson(JsonNode candidate, String fileId) {
        JsonNode resume = candidate.path("resumeFileHandle");
        if (hasId(resume, fileId)) {
            return resume;
        }
        for (JsonNode file : candidate.path("fileHandles")) {
            if (hasId(file, fileId)) {
                return file;
            }
        }
        return null;
    }

    private static boolean hasId(JsonNode file, String id) {
        return file.path("id").isString() && id.equals(file.path("id").asString());
    }
}
