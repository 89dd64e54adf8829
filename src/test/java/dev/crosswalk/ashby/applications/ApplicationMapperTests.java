package dev.crosswalk.ashby.applications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.ashby.AshbyJson;
import dev.crosswalk.support.AshbySpec;
import dev.crosswalk.unified.CustomField;
import dev.crosswalk.unified.NamedReference;
import dev.crosswalk.unified.Reference;
import dev.crosswalk.unified.applications.Application;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The application mapping, fed with an application recorded from a real Ashby org and with the spec's example. */
class ApplicationMapperTests {

    final ApplicationMapper mapper = new ApplicationMapperImpl();

    @Test
    void mapsTheRecordedApplication() {
        JsonNode recorded = AshbyJson.fixture("application.info.recorded.json").path("results");

        Application application = mapper.toApplication(AshbyJson.read(recorded, AshbyApplication.class), null);

        assertThat(application.id()).isEqualTo("00000000-0000-0000-0000-000000000001");
        assertThat(application.createdAt()).isEqualTo(Instant.parse("2024-02-04T21:38:12.466Z"));
        assertThat(application.updatedAt()).isEqualTo(Instant.parse("2026-05-28T21:07:26.245Z"));
        assertThat(application.appliedAt()).isEqualTo(application.createdAt());
        assertThat(application.candidate())
                .isEqualTo(new NamedReference("00000000-0000-0000-0000-000000000002", "Test User 1"));
        assertThat(application.job())
                .isEqualTo(new NamedReference(
                        "00000000-0000-0000-0000-000000000006", "[Old] Senior Full-Stack Engineer - Remote"));
        assertThat(application.status()).isEqualTo("archived");
        assertThat(application.currentStage())
                .isEqualTo(new NamedReference("00000000-0000-0000-0000-000000000003", "Archived"));
        assertThat(application.source())
                .isEqualTo(new NamedReference("00000000-0000-0000-0000-000000000009", "Applied"));
        assertThat(application.creditedTo()).as("creditedToUser is null").isNull();
        assertThat(application.rejectedAt()).isEqualTo(Instant.parse("2024-02-05T09:25:35.089Z"));
        assertThat(application.rejectReason())
                .isEqualTo(new NamedReference("00000000-0000-0000-0000-00000000000b", "Lacks Skills/Qualifications"));
        assertThat(application.hiringTeam()).isEmpty();
        assertThat(application.customFields()).isEmpty();
        assertThat(application.remoteData()).isNull();
    }

    @Test
    void remoteDataIsTheObjectAsReceived() {
        JsonNode recorded = AshbyJson.fixture("application.info.recorded.json").path("results");

        Application application = mapper.toApplication(AshbyJson.read(recorded, AshbyApplication.class), recorded);

        assertThat(application.remoteData()).isEqualTo(recorded);
    }

    @Test
    void mapsTheSpecExample() {
        for (String method : new String[] {"application.info", "application.list"}) {
            JsonNode example = AshbySpec.results(AshbySpec.load().wholeExampleResponse(method))
                    .get(0);

            Application application = mapper.toApplication(AshbyJson.read(example, AshbyApplication.class), null);

            assertThat(application.id()).isEqualTo(example.path("id").asString());
            assertThat(application.status())
                    .isEqualTo(example.path("status").asString().toLowerCase());
            assertThat(application.candidate().id())
                    .isEqualTo(example.path("candidate").path("id").asString());
            assertThat(application.job().name())
                    .isEqualTo(example.path("job").path("title").asString());
            assertThat(application.creditedTo().name())
                    .isEqualTo(example.path("creditedToUser").path("firstName").asString() + " "
                            + example.path("creditedToUser").path("lastName").asString());
            assertThat(application.customFields())
                    .as("the spec's custom field examples")
                    .extracting(CustomField::name)
                    .contains("Is actively looking", "Years of experience");
            assertThat(application.hiringTeam())
                    .extracting(Application.HiringTeamMember::user)
                    .containsExactly(new Reference(
                            example.path("hiringTeam").get(0).path("userId").asString()));
        }
    }

    @Test
    void anUnknownStatusPassesThroughRaw() {
        JsonNode json = AshbyJson.JSON.readTree("""
                {"id": "a-1", "status": "Nurturing", "hiringTeam": [{"userId": "u-1", "role": "Coordinator"}],
                 "creditedToUser": {"id": "u-2", "firstName": "Ada", "lastName": "Lovelace"}}""");

        Application application = mapper.toApplication(AshbyJson.read(json, AshbyApplication.class), null);

        assertThat(application.status()).isEqualTo("Nurturing");
        assertThat(application.hiringTeam())
                .containsExactly(new Application.HiringTeamMember(new Reference("u-1"), "Coordinator"));
        assertThat(application.creditedTo()).isEqualTo(new NamedReference("u-2", "Ada Lovelace"));
        assertThat(application.customFields()).isEmpty();
        assertThat(application.candidate()).isNull();
    }
}
