package dev.crosswalk.ashby.activities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.support.AshbySpec;
import dev.crosswalk.unified.Reference;
import dev.crosswalk.unified.activities.Activity;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Notes → activities, fed with a note recorded from a real Ashby org and with the spec's example. */
class ActivityMapperTests {

    static final String CANDIDATE = "00000000-0000-0000-0000-00000000000c";

    final JsonMapper json = JsonMapper.builder().build();
    final ActivityMapper mapper = new ActivityMapperImpl();

    @Test
    void mapsTheRecordedNote() throws IOException {
        // candidate.createNote answers with the same note object candidate.listNotes lists
        JsonNode recorded = recorded("candidate.createNote.recorded.json").path("results");

        Activity activity = mapper.toActivity(json.treeToValue(recorded, AshbyNote.class), CANDIDATE, null);

        assertThat(activity)
                .isEqualTo(new Activity(
                        "00000000-0000-0000-0000-000000000002",
                        Instant.parse("2026-05-28T21:07:04.042Z"),
                        new Reference(CANDIDATE),
                        new Activity.Actor("00000000-0000-0000-0000-000000000003", "user"),
                        "note",
                        "Test note from Nango action validation",
                        "public",
                        null));
    }

    @Test
    void mapsTheSpecExampleWithRemoteDataAsReceived() {
        JsonNode example = AshbySpec.load()
                .exampleResponse("candidate.listNotes")
                .path("results")
                .get(0);

        Activity activity = mapper.toActivity(json.treeToValue(example, AshbyNote.class), CANDIDATE, example);

        assertThat(activity.id()).isEqualTo(example.path("id").asString());
        assertThat(activity.createdAt()).isEqualTo(Instant.parse("2022-08-12T20:29:56.964Z"));
        assertThat(activity.body()).startsWith("Lorem ipsum");
        assertThat(activity.visibility())
                .as("the spec's example note is not private")
                .isEqualTo("public");
        assertThat(activity.actor().type()).isEqualTo("user");
        assertThat(activity.activityType()).isEqualTo("note");
        assertThat(activity.remoteData()).isEqualTo(example);
    }

    @Test
    void privateNotesArePrivateAndMissingFactsStayUnknown() {
        Activity secret = mapper.toActivity(json.readValue("""
                        {"id": "n-1", "isPrivate": true, "content": "<p>Salary <b>expectations</b></p>",
                         "author": {"id": "u-1"}}""", AshbyNote.class), CANDIDATE, null);
        Activity bare = mapper.toActivity(json.readValue("{\"id\": \"n-2\"}", AshbyNote.class), CANDIDATE, null);

        assertThat(secret.visibility()).isEqualTo("private");
        assertThat(secret.body())
                .as("the body is kept as Ashby stores it")
                .isEqualTo("<p>Salary <b>expectations</b></p>");
        assertThat(bare.visibility()).isNull();
        assertThat(bare.actor()).isNull();
        assertThat(bare.candidate()).isEqualTo(new Reference(CANDIDATE));
        assertThat(bare.activityType()).isEqualTo("note");
    }

    private JsonNode recorded(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/ashby/" + name)) {
            return json.readTree(in);
        }
    }
}
