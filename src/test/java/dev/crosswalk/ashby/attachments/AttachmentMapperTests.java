package dev.crosswalk.ashby.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.ashby.candidates.AshbyCandidate;
import dev.crosswalk.support.AshbySpec;
import dev.crosswalk.unified.Reference;
import dev.crosswalk.unified.attachments.Attachment;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A candidate's file handles → attachments, fed with a recorded candidate and with the spec's example. */
class AttachmentMapperTests {

    final JsonMapper json = JsonMapper.builder().build();
    final AttachmentMapper mapper = new AttachmentMapperImpl();

    @Test
    void theRecordedResumeListedTwiceIsOneResumeAttachment() throws IOException {
        JsonNode recorded = recorded("candidate.info.recorded.json").path("results");

        List<Attachment> attachments = mapper.toAttachments(json.treeToValue(recorded, AshbyCandidate.class), null);

        assertThat(attachments)
                .containsExactly(new Attachment(
                        "00000000-0000-0000-0000-000000000003",
                        new Reference("00000000-0000-0000-0000-000000000001"),
                        "Test User 2",
                        "resume",
                        null,
                        null));
    }

    @Test
    void mapsTheSpecExampleWithEachFileAsReceived() {
        JsonNode example = AshbySpec.load().exampleResponse("candidate.info").path("results");

        List<Attachment> attachments = mapper.toAttachments(json.treeToValue(example, AshbyCandidate.class), example);

        assertThat(attachments).isNotEmpty().allSatisfy(attachment -> {
            assertThat(attachment.candidate())
                    .isEqualTo(new Reference(example.path("id").asString()));
            assertThat(attachment.fileUrl()).isNull();
            assertThat(((JsonNode) attachment.remoteData()).path("id").asString())
                    .isEqualTo(attachment.id());
        });
        assertThat(attachments.get(0).attachmentType()).isEqualTo("resume");
        assertThat(attachments).extracting(Attachment::id).doesNotHaveDuplicates();
    }

    @Test
    void filesOtherThanTheResumeAreOtherAndADownloadCarriesItsLink() {
        JsonNode candidate = json.readTree("""
                {"id": "c-1", "resumeFileHandle": {"id": "f-2", "name": "cv.pdf", "handle": "h-2"},
                 "fileHandles": [{"id": "f-1", "name": "portfolio.pdf", "handle": "h-1"},
                                 {"id": "f-2", "name": "cv.pdf", "handle": "h-2"}, {"name": "no id"}, null]}""");
        AshbyCandidate ashby = json.treeToValue(candidate, AshbyCandidate.class);

        List<Attachment> attachments = mapper.toAttachments(ashby, null);
        Attachment download =
                mapper.attachment(ashby, ashby.fileHandles().get(0), "https://files.example/f-1", candidate);

        assertThat(attachments)
                .extracting(Attachment::id, Attachment::attachmentType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("f-2", "resume"),
                        org.assertj.core.groups.Tuple.tuple("f-1", "other"));
        assertThat(download.fileUrl()).isEqualTo("https://files.example/f-1");
        assertThat(download.remoteData())
                .isEqualTo(candidate.path("fileHandles").get(0));
        assertThat(mapper.toAttachments(json.readValue("{\"id\": \"c-2\"}", AshbyCandidate.class), null))
                .isEmpty();
    }

    private JsonNode recorded(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/ashby/" + name)) {
            return json.readTree(in);
        }
    }
}
