package dev.crosswalk.ashby.tags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.support.AshbySpec;
import dev.crosswalk.unified.tags.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Candidate tags → unified tags, fed with the spec's example (no recorded candidateTag.list exists). */
class TagMapperTests {

    final JsonMapper json = JsonMapper.builder().build();
    final TagMapper mapper = new TagMapperImpl();

    @Test
    void mapsTheSpecExample() {
        JsonNode example = AshbySpec.load()
                .exampleResponse("candidateTag.list")
                .path("results")
                .get(0);

        Tag tag = mapper.toTag(json.treeToValue(example, AshbyCandidateTag.class), example);

        assertThat(tag).isEqualTo(new Tag(example.path("id").asString(), "Senior Candidate", false, example));
    }

    @Test
    void anArchivedTagIsArchived() {
        Tag tag = mapper.toTag(
                json.readValue(
                        "{\"id\": \"t-1\", \"title\": \"Legacy\", \"isArchived\": true}", AshbyCandidateTag.class),
                null);

        assertThat(tag).isEqualTo(new Tag("t-1", "Legacy", true, null));
    }
}
