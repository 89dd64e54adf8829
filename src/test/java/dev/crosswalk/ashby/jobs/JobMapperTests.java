package dev.crosswalk.ashby.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.support.AshbySpec;
import dev.crosswalk.unified.CustomField;
import dev.crosswalk.unified.NamedReference;
import dev.crosswalk.unified.Reference;
import dev.crosswalk.unified.jobs.Job;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The job mapping, fed with a job recorded from a real Ashby org and with the spec's example. */
class JobMapperTests {

    final JsonMapper json = JsonMapper.builder().build();
    final JobMapper mapper = new JobMapperImpl();

    @Test
    void mapsTheRecordedJob() throws IOException {
        JsonNode recorded = recorded("job.info.recorded.json").path("results");

        Job job = mapper.toJob(json.treeToValue(recorded, AshbyJob.class), null);

        assertThat(job.id()).isEqualTo("00000000-0000-0000-0000-000000000001");
        assertThat(job.name()).isEqualTo("[Old] Senior Full-Stack Engineer - Remote");
        assertThat(job.status()).isEqualTo("closed");
        assertThat(job.employmentType()).isEqualTo("full_time");
        assertThat(job.confidential()).isFalse();
        assertThat(job.requisitionId()).isNull();
        assertThat(job.departments()).containsExactly(new Reference("00000000-0000-0000-0000-000000000003"));
        assertThat(job.offices())
                .as("without the expanded location only the id is known")
                .containsExactly(new NamedReference("00000000-0000-0000-0000-000000000002", null));
        assertThat(job.hiringManagers()).isEmpty();
        assertThat(job.recruiters()).isEmpty();
        assertThat(job.createdAt()).isEqualTo(Instant.parse("2024-02-04T08:15:58.104Z"));
        assertThat(job.updatedAt()).isEqualTo(Instant.parse("2024-09-18T10:51:33.773Z"));
        assertThat(job.openedAt()).isEqualTo(Instant.parse("2024-02-04T08:38:15.158Z"));
        assertThat(job.closedAt()).isEqualTo(Instant.parse("2024-06-14T10:00:31.753Z"));
        assertThat(job.jobPostingIds()).isEmpty();
        assertThat(job.customFields()).isEmpty();
        assertThat(job.remoteData()).isNull();
    }

    @Test
    void mapsTheSpecExampleWithItsExpandedLocationHiringTeamAndCustomFields() {
        JsonNode example = AshbySpec.load().exampleResponse("job.info").path("results");

        Job job = mapper.toJob(json.treeToValue(example, AshbyJob.class), example);

        assertThat(job.id()).isEqualTo(example.path("id").asString());
        assertThat(job.status()).isEqualTo(example.path("status").asString().toLowerCase());
        assertThat(job.offices())
                .containsExactly(
                        new NamedReference(example.path("location").path("id").asString(), "Bay Area Office"));
        assertThat(job.hiringManagers())
                .containsExactly(new Reference(
                        example.path("hiringTeam").path(0).path("userId").asString()));
        assertThat(job.recruiters()).isEmpty();
        assertThat(job.requisitionId())
                .isEqualTo(example.path("customRequisitionId").asString());
        assertThat(job.jobPostingIds())
                .containsExactly(example.path("jobPostingIds").path(0).asString());
        assertThat(job.customFields())
                .extracting(CustomField::id, CustomField::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        example.path("customFields").path(0).path("id").asString(), "text"));
        assertThat(job.remoteData()).isSameAs(example);
    }

    @Test
    void opensEnumsAndSplitsTheHiringTeamByRole() {
        JsonNode unusual = json.readTree("""
                {"id": "j-1", "title": "Chef", "status": "Paused", "employmentType": "Seasonal",
                 "hiringTeam": [{"userId": "u-1", "role": "Recruiter"}, {"userId": "u-2", "role": "hiring manager"},
                                {"userId": "u-3", "role": "Coordinator"}, {"userId": "u-1", "role": "Recruiter"}]}""");
        JsonNode bare = json.readTree("""
                {"id": "j-2", "status": "Archived", "employmentType": "PartTime"}""");

        Job job = mapper.toJob(json.treeToValue(unusual, AshbyJob.class), null);
        Job minimal = mapper.toJob(json.treeToValue(bare, AshbyJob.class), null);

        assertThat(job.status()).as("an unknown status passes through raw").isEqualTo("Paused");
        assertThat(job.employmentType()).isEqualTo("Seasonal");
        assertThat(job.recruiters()).containsExactly(new Reference("u-1"));
        assertThat(job.hiringManagers()).containsExactly(new Reference("u-2"));
        assertThat(minimal.status()).isEqualTo("archived");
        assertThat(minimal.employmentType()).isEqualTo("part_time");
        assertThat(minimal.confidential()).isFalse();
        assertThat(minimal.departments()).isEmpty();
        assertThat(minimal.offices()).isEmpty();
        assertThat(minimal.hiringManagers()).isEmpty();
        assertThat(minimal.jobPostingIds()).isEmpty();
        assertThat(minimal.customFields()).isEmpty();
    }

    private JsonNode recorded(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/ashby/" + name)) {
            return json.readTree(in);
        }
    }
}
