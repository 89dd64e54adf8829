package dev.crosswalk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Records built through the module are exactly those Jackson builds alone, failures included. */
class ConstructorCreatorsTests {

    final JsonMapper plain = JsonMapper.builder().build();
    final JsonMapper fast =
            JsonMapper.builder().addModule(new ConstructorCreators()).build();

    record Checked(String id, int count) {
        Checked {
            if (count < 0) {
                throw new IllegalArgumentException("count must not be negative");
            }
        }
    }

    record Nested(String name, List<Checked> items, Checked first) {}

    @ParameterizedTest
    @CsvSource({
        "candidate.info.recorded.json, dev.crosswalk.ashby.candidates.AshbyCandidate",
        "application.info.recorded.json, dev.crosswalk.ashby.applications.AshbyApplication",
        "job.info.recorded.json, dev.crosswalk.ashby.jobs.AshbyJob",
        "interviewSchedule.list.constructed-from-spec.json, dev.crosswalk.ashby.interviews.AshbyInterviewSchedule"
    })
    void ashbyRecordsDecodeAsWithoutTheModule(String file, Class<?> type) throws IOException {
        JsonNode results = recorded(file).path("results");
        for (JsonNode result : results.isArray() ? results : List.of(results)) {
            assertThat(fast.treeToValue(result, type)).isEqualTo(plain.treeToValue(result, type));
        }
    }

    @Test
    void nestedRecordsAndPrimitivesAreBuilt() {
        String json =
                "{\"name\":\"n\",\"items\":[{\"id\":\"a\",\"count\":1},{\"id\":\"b\",\"count\":0}],\"first\":{\"id\":\"a\",\"count\":1}}";

        Nested nested = fast.readValue(json, Nested.class);

        assertThat(nested)
                .isEqualTo(new Nested("n", List.of(new Checked("a", 1), new Checked("b", 0)), new Checked("a", 1)));
    }

    @Test
    void aConstructorThatRefusesItsArgumentsFailsAsItDoesWithoutTheModule() {
        String json = "{\"id\":\"a\",\"count\":-1}";

        Throwable withModule = catchThrowable(() -> fast.readValue(json, Checked.class));
        Throwable without = catchThrowable(() -> plain.readValue(json, Checked.class));

        assertThat(withModule).isNotNull().hasSameClassAs(without).hasMessage(without.getMessage());
        assertThat(withModule).hasMessageContaining("count must not be negative");
    }

    private JsonNode recorded(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/ashby/" + name)) {
            return plain.readTree(in);
        }
    }
}
