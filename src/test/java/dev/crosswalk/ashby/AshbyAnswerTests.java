package dev.crosswalk.ashby;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.ashby.candidates.AshbyCandidate;
import dev.crosswalk.ashby.departments.AshbyDepartment;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one-pass reading of successful answers: each record decodes exactly as it would from a tree of
 * the answer, and its original JSON (for {@code remote_data}) is exactly the object Ashby sent.
 */
class AshbyAnswerTests {

    final JsonMapper json = JsonMapper.builder().build();
    final AshbyAnswer.Readers readers = new AshbyAnswer.Readers(json, new DecodeDrift(new SimpleMeterRegistry()));

    @ParameterizedTest
    @CsvSource({
        "candidate.info.recorded.json, dev.crosswalk.ashby.candidates.AshbyCandidate",
        "department.list.recorded.json, dev.crosswalk.ashby.departments.AshbyDepartment",
        "jobPosting.list.recorded.json, dev.crosswalk.ashby.jobpostings.AshbyJobPosting",
        "interviewSchedule.list.constructed-from-spec.json, dev.crosswalk.ashby.interviews.AshbyInterviewSchedule"
    })
    void recordedAnswersDecodeAsTheirTreeWouldAndKeepTheirOriginal(String file, Class<?> type) throws IOException {
        byte[] body = resource(file);
        JsonNode tree = json.readTree(body);

        AshbyAnswer<?> answer = AshbyAnswer.read(readers, "candidate.list", body, type);

        JsonNode expected = tree.path("results");
        List<JsonNode> originals = expected.isArray() ? expected.valueStream().toList() : List.of(expected);
        assertThat(answer.kind())
                .isEqualTo(expected.isArray() ? AshbyAnswer.Results.ARRAY : AshbyAnswer.Results.OBJECT);
        assertThat(answer.results()).hasSameSizeAs(originals).isNotEmpty();
        for (int i = 0; i < originals.size(); i++) {
            assertThat(answer.results().get(i).json()).isEqualTo(originals.get(i));
            assertThat(answer.results().get(i).value()).isEqualTo(json.treeToValue(originals.get(i), type));
        }
        assertThat(answer.moreDataAvailable())
                .isEqualTo(tree.path("moreDataAvailable").asBoolean(false));
    }

    @Test
    void originalsAreCutAtTheRightBytesWhateverTheCharactersAndNesting() {
        String page = """
                {"results":[{"id":"c-1","name":"Zoë Ğüneş 👩‍💻","socialLinks":[{"type":"x","url":"https://e.com/\\"q\\"}"}]},
                 {"id":"c-2","name":"}{][\\\\","tags":[]},{"id":"c-3"}],
                 "success":true,"moreDataAvailable":true,"nextCursor":"cur-2"}""";
        byte[] body = page.getBytes(StandardCharsets.UTF_8);

        AshbyAnswer<AshbyCandidate> answer = AshbyAnswer.read(readers, "candidate.list", body, AshbyCandidate.class);

        assertThat(answer.results())
                .extracting(Received::json)
                .containsExactlyElementsOf(
                        json.readTree(body).path("results").valueStream().toList());
        assertThat(answer.results())
                .extracting(received -> received.value().name())
                .containsExactly("Zoë Ğüneş 👩‍💻", "}{][\\", null);
        assertThat(answer.nextCursor()).isEqualTo("cur-2");
        assertThat(answer.moreDataAvailable()).isTrue();
    }

    @Test
    void aCursorOnTheLastPageIsIgnoredAndAnythingElseAshbyAddsIsSkipped() {
        AshbyAnswer<AshbyDepartment> answer = read("""
                {"success":true,"results":[{"id":"d-1","name":"Eng"}],"moreDataAvailable":false,"nextCursor":"stale",
                 "syncToken":"s-1","warnings":[{"deep":{"er":[1,2,3]}}]}""", AshbyDepartment.class);

        assertThat(answer.nextCursor()).isNull();
        assertThat(answer.syncToken())
                .as("the last page's token for the next incremental pass")
                .isEqualTo("s-1");
        assertThat(answer.results())
                .extracting(received -> received.value().id())
                .containsExactly("d-1");
    }

    @Test
    void aSyncTokenBeforeTheLastPageIsIgnored() {
        AshbyAnswer<AshbyDepartment> answer = read("""
                {"success":true,"results":[],"moreDataAvailable":true,"nextCursor":"c-2","syncToken":"early"}""", AshbyDepartment.class);

        assertThat(answer.nextCursor()).isEqualTo("c-2");
        assertThat(answer.syncToken()).isNull();
    }

    @Test
    void whatIsNotASuccessEnvelopeIsLeftToTheErrorReader() {
        assertThat(read("{\"success\":false,\"errors\":[\"candidate_not_found\"]}", AshbyCandidate.class))
                .isNull();
        assertThat(read("{\"results\":[]}", AshbyCandidate.class)).isNull();
        assertThat(read("{\"success\":\"true\",\"results\":[]}", AshbyCandidate.class))
                .isNull();
        assertThat(read("[{\"success\":true}]", AshbyCandidate.class)).isNull();
        assertThat(read("", AshbyCandidate.class)).isNull();
        assertThat(read("{\"success\":true,\"results\":[\"c-1\"]}", AshbyCandidate.class))
                .isNull();
        assertThat(read("{\"success\":true,\"results\":[]} {\"more\":1}", AshbyCandidate.class))
                .isNull();
    }

    @Test
    void resultsThatAreNeitherListNorObjectAreSaidSo() {
        assertThat(read("{\"success\":true,\"results\":null}", AshbyCandidate.class)
                        .kind())
                .isEqualTo(AshbyAnswer.Results.OTHER);
        assertThat(read("{\"success\":true}", AshbyCandidate.class).kind()).isEqualTo(AshbyAnswer.Results.OTHER);
    }

    @Test
    void brokenJsonFailsLoudlyButAFieldOfAnotherShapeIsReadAsEmpty() {
        assertThatThrownBy(() -> read("{\"success\":true,\"results\":[{\"id\":\"c-1\"", AshbyCandidate.class))
                .isInstanceOf(JacksonException.class);

        AshbyAnswer<AshbyCandidate> drifted = read(
                "{\"success\":true,\"results\":[{\"id\":\"c-1\",\"createdAt\":\"yesterday\",\"name\":{\"first\":\"A\"}}]}",
                AshbyCandidate.class);

        assertThat(drifted.results()).singleElement().satisfies(candidate -> {
            assertThat(candidate.value().createdAt()).isNull();
            assertThat(candidate.value().name())
                    .as("raw text where the field is text")
                    .isEqualTo("{\"first\":\"A\"}");
            assertThat(candidate.json().path("createdAt").asString()).isEqualTo("yesterday");
        });
    }

    private <T> AshbyAnswer<T> read(String body, Class<T> type) {
        return AshbyAnswer.read(readers, "candidate.list", body.getBytes(StandardCharsets.UTF_8), type);
    }

    private byte[] resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/ashby/" + name)) {
            return in.readAllBytes();
        }
    }
}
