package dev.crosswalk.ashby;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.ashby.activities.ActivityMapper;
import dev.crosswalk.ashby.activities.ActivityMapperImpl;
import dev.crosswalk.ashby.activities.AshbyNote;
import dev.crosswalk.ashby.attachments.AshbyFileUrl;
import dev.crosswalk.ashby.attachments.AttachmentMapper;
import dev.crosswalk.ashby.attachments.AttachmentMapperImpl;
import dev.crosswalk.ashby.candidates.AshbyCandidate;
import dev.crosswalk.ashby.tags.AshbyCandidateTag;
import dev.crosswalk.ashby.tags.TagMapper;
import dev.crosswalk.ashby.tags.TagMapperImpl;
import dev.crosswalk.ashby.users.AshbyUser;
import dev.crosswalk.ashby.users.UserMapper;
import dev.crosswalk.ashby.users.UserMapperImpl;
import dev.crosswalk.support.AshbySpec;
import dev.crosswalk.unified.activities.Activity;
import dev.crosswalk.unified.attachments.Attachment;
import dev.crosswalk.unified.tags.Tag;
import dev.crosswalk.unified.users.User;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every Ashby method behind activities, attachments, users and tags, fed with many random answers
 * valid under the method's response schema in the spec but varied (optional members missing or
 * null, empty arrays, enum values the spec does not list, members it does not know): each decodes
 * and maps without error, and what the spec requires shows up in the unified record.
 */
class CandidateRecordsAndPeopleRobustnessTests {

    static final AshbySpec SPEC = AshbySpec.load();
    static final JsonMapper JSON = JsonMapper.builder().build();

    final ActivityMapper activities = new ActivityMapperImpl();
    final AttachmentMapper attachments = new AttachmentMapperImpl();
    final UserMapper users = new UserMapperImpl(new CustomFieldMapperImpl());
    final TagMapper tags = new TagMapperImpl();

    @Property(tries = 300)
    void anyNoteListMaps(@ForAll("candidate.listNotes") JsonNode answer) {
        for (JsonNode note : answer.path("results")) {
            Activity activity = activities.toActivity(JSON.treeToValue(note, AshbyNote.class), "c-1", note);

            assertThat(activity.id()).isEqualTo(note.path("id").asString());
            assertThat(activity.activityType()).isEqualTo("note");
            assertThat(activity.visibility()).isIn("private", "public");
            assertThat(activity.actor().id())
                    .isEqualTo(note.path("author").path("id").asString());
            assertThat(activity.remoteData()).isSameAs(note);
        }
    }

    @Property(tries = 300)
    void anyCandidateMapsToItsDistinctFiles(@ForAll("candidate.info") JsonNode answer) {
        JsonNode candidate = answer.path("results");

        List<Attachment> mapped =
                attachments.toAttachments(JSON.treeToValue(candidate, AshbyCandidate.class), candidate);

        assertThat(mapped).extracting(Attachment::id).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(mapped).allSatisfy(attachment -> {
            assertThat(attachment.attachmentType()).isIn("resume", "other");
            assertThat(attachment.remoteData()).isNotNull();
        });
        assertThat(mapped.stream()
                        .filter(attachment -> attachment.attachmentType().equals("resume")))
                .hasSizeLessThanOrEqualTo(1);
    }

    @Property(tries = 100)
    void anyFileInfoDecodes(@ForAll("file.info") JsonNode answer) {
        assertThat(JSON.treeToValue(answer.path("results"), AshbyFileUrl.class).url())
                .isNotNull();
    }

    @Property(tries = 300)
    void anyUserListMaps(@ForAll("user.list") JsonNode answer) {
        for (JsonNode user : answer.path("results")) {
            assertUserMaps(user);
        }
    }

    @Property(tries = 300)
    void anyUserInfoMaps(@ForAll("user.info") JsonNode answer) {
        assertUserMaps(answer.path("results"));
    }

    @Property(tries = 300)
    void anyTagListMaps(@ForAll("candidateTag.list") JsonNode answer) {
        for (JsonNode tag : answer.path("results")) {
            Tag mapped = tags.toTag(JSON.treeToValue(tag, AshbyCandidateTag.class), tag);

            assertThat(mapped.id()).isEqualTo(tag.path("id").asString());
            assertThat(mapped.archived()).isEqualTo(tag.path("isArchived").asBoolean());
        }
    }

    private void assertUserMaps(JsonNode user) {
        User mapped = users.toUser(JSON.treeToValue(user, AshbyUser.class), user);

        assertThat(mapped.id()).isEqualTo(user.path("id").asString());
        assertThat(mapped.accessRole())
                .as("the role passes through raw, known or not")
                .isEqualTo(user.path("globalRole").asString());
        assertThat(mapped.disabled()).isEqualTo(!user.path("isEnabled").asBoolean());
        assertThat(mapped.emails()).hasSizeLessThanOrEqualTo(1);
        assertThat(mapped.customFields())
                .hasSize(
                        user.path("customFields").isArray()
                                ? user.path("customFields").size()
                                : 0);
    }

    @Provide("candidate.listNotes")
    Arbitrary<JsonNode> notes() {
        return answers("candidate.listNotes");
    }

    @Provide("candidate.info")
    Arbitrary<JsonNode> candidates() {
        return answers("candidate.info");
    }

    @Provide("file.info")
    Arbitrary<JsonNode> files() {
        return answers("file.info");
    }

    @Provide("user.list")
    Arbitrary<JsonNode> userLists() {
        return answers("user.list");
    }

    @Provide("user.info")
    Arbitrary<JsonNode> userInfos() {
        return answers("user.info");
    }

    @Provide("candidateTag.list")
    Arbitrary<JsonNode> tagLists() {
        return answers("candidateTag.list");
    }

    private static Arbitrary<JsonNode> answers(String method) {
        return Arbitraries.randomValue(random -> SPEC.randomResponse(method, random));
    }
}
