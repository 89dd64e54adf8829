package dev.crosswalk.ashby.jobformfields;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.ashby.jobpostings.AshbyJobPosting;
import dev.crosswalk.ashby.jobpostings.AshbyJobPosting.FieldEntry;
import dev.crosswalk.support.AshbySpec;
import dev.crosswalk.unified.Reference;
import dev.crosswalk.unified.jobformfields.JobFormField;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application-form mapping, fed with the spec's jobPosting.info example; the recorded
 * jobPosting.list shows which job each posting belongs to.
 */
class JobFormFieldMapperTests {

    final JsonMapper json = JsonMapper.builder().build();
    final JobFormFieldMapper mapper = new JobFormFieldMapperImpl();

    @Test
    void mapsAFieldOfTheSpecExamplesApplicationForm() {
        JsonNode posting = AshbySpec.load().exampleResponse("jobPosting.info").path("results");
        JsonNode section =
                posting.path("applicationFormDefinition").path("sections").path(0);
        JsonNode entry = section.path("fields").path(0);

        JobFormField field = mapper.toField(
                json.treeToValue(entry, FieldEntry.class),
                section.path("title").asString(),
                "job-1",
                posting.path("id").asString(),
                entry);

        assertThat(field.id()).isEqualTo(entry.path("field").path("id").asString());
        assertThat(field.job()).isEqualTo(new Reference("job-1"));
        assertThat(field.jobPosting())
                .isEqualTo(new Reference(posting.path("id").asString()));
        assertThat(field.name()).isEqualTo("_systemfield_name");
        assertThat(field.label()).isEqualTo("Name");
        assertThat(field.type()).isEqualTo("text");
        assertThat(field.isRequired()).isTrue();
        assertThat(field.options()).containsExactly(new JobFormField.Option("text", "text"));
        assertThat(field.groupName()).isEqualTo("text");
        assertThat(field.remoteData()).isSameAs(entry);
    }

    @Test
    void theRecordedPostingListNamesEachPostingsJob() throws IOException {
        JsonNode recorded =
                recorded("jobPosting.list.recorded.json").path("results").path(0);

        AshbyJobPosting posting = json.treeToValue(recorded, AshbyJobPosting.class);

        assertThat(posting.id()).isEqualTo("00000000-0000-0000-0000-000000000001");
        assertThat(posting.jobId()).isEqualTo("00000000-0000-0000-0000-000000000002");
        assertThat(posting.applicationFormDefinition())
                .as("the list sends summaries only")
                .isNull();
    }

    @Test
    void documentedTypesAreMappedAndOthersPassThroughRaw() {
        assertThat(mapper.type("String")).isEqualTo("text");
        assertThat(mapper.type("LongText")).isEqualTo("textarea");
        assertThat(mapper.type("ValueSelect")).isEqualTo("dropdown");
        assertThat(mapper.type("MultiValueSelect")).isEqualTo("checkbox");
        assertThat(mapper.type("Boolean")).isEqualTo("checkbox");
        assertThat(mapper.type("File")).isEqualTo("file");
        assertThat(mapper.type("Date")).isEqualTo("date");
        assertThat(mapper.type("Number")).isEqualTo("number");
        assertThat(mapper.type("Email")).isEqualTo("Email");
        assertThat(mapper.type("SomethingNew")).isEqualTo("SomethingNew");
    }

    @Test
    void aBareFieldHasNoOptionsAndIsOptional() {
        JsonNode bare = json.readTree("""
                {"field": {"id": "f-1", "type": "Phone", "path": "_systemfield_phone", "title": "Phone"}}""");

        JobFormField field = mapper.toField(json.treeToValue(bare, FieldEntry.class), null, "job-1", "p-1", null);

        assertThat(field.type()).isEqualTo("Phone");
        assertThat(field.isRequired()).isFalse();
        assertThat(field.options()).isEmpty();
        assertThat(field.groupName()).isNull();
    }

    private JsonNode recorded(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/ashby/" + name)) {
            return json.readTree(in);
        }
    }
}
