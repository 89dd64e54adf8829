package dev.crosswalk.ashby.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.unified.CustomField;
import dev.crosswalk.unified.NamedReference;
import dev.crosswalk.unified.Reference;
import dev.crosswalk.unified.candidates.Candidate;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The candidate mapping, fed with a candidate recorded from a real Ashby org. */
class CandidateMapperTests {

    final JsonMapper json = JsonMapper.builder().build();
    final CandidateMapper mapper = new CandidateMapperImpl();

    @Test
    void mapsTheRecordedCandidate() throws IOException {
        JsonNode recorded = recorded("candidate.info.recorded.json").path("results");

        Candidate candidate = mapper.toCandidate(json.treeToValue(recorded, AshbyCandidate.class), null);

        assertThat(candidate.id()).isEqualTo("00000000-0000-0000-0000-000000000001");
        assertThat(candidate.createdAt()).isEqualTo(Instant.parse("2024-02-04T21:38:12.442Z"));
        assertThat(candidate.updatedAt()).isEqualTo(Instant.parse("2026-05-28T21:06:18.703Z"));
        assertThat(candidate.name()).isEqualTo("Test User 1");
        assertThat(candidate.firstName()).isEqualTo("Test");
        assertThat(candidate.lastName()).isEqualTo("User 1");
        assertThat(candidate.company()).isEqualTo("Example Agency");
        assertThat(candidate.title()).isEqualTo("Senior Full Stack Engineer");
        assertThat(candidate.emails())
                .containsExactly(
                        new Candidate.Email("user1@example.com", "personal", true),
                        new Candidate.Email("user2@example.com", "personal", false));
        assertThat(candidate.phones())
                .containsExactly(
                        new Candidate.Phone("+10000000001", "personal"),
                        new Candidate.Phone("+10000000002", "personal"));
        assertThat(candidate.urls())
                .containsExactly(
                        new Candidate.Url("https://linkedin.com/in/example-user", "linkedin"),
                        new Candidate.Url("https://www.example.com", "website"),
                        new Candidate.Url(
                                "https://app.ashbyhq.com/candidate-searches/new/right-side/candidates/00000000-0000-0000-0000-000000000001",
                                "ats_profile"));
        assertThat(candidate.locations()).isEmpty();
        assertThat(candidate.tags()).isEmpty();
        assertThat(candidate.applications()).containsExactly(new Reference("00000000-0000-0000-0000-000000000002"));
        assertThat(candidate.attachments())
                .as("the resume is also in fileHandles: listed once")
                .containsExactly(new Candidate.Attachment("00000000-0000-0000-0000-000000000003", "Test User 2"));
        assertThat(candidate.source()).isEqualTo(new NamedReference("00000000-0000-0000-0000-000000000004", "Applied"));
        assertThat(candidate.customFields()).isEmpty();
        assertThat(candidate.remoteData()).isNull();
    }

    @Test
    void remoteDataIsTheObjectAsReceived() throws IOException {
        JsonNode recorded = recorded("candidate.info.recorded.json").path("results");

        Candidate candidate = mapper.toCandidate(json.treeToValue(recorded, AshbyCandidate.class), recorded);

        assertThat(candidate.remoteData()).isEqualTo(recorded);
    }

    @Test
    void readsTheLocationUnderEitherNameTagsAndCustomFields() {
        JsonNode withLocation = json.readTree("""
                {"id": "c-1", "name": "Cher", "location": {"id": "l-1", "locationSummary": "France, Paris"},
                 "tags": [{"id": "t-1", "title": "Senior", "isArchived": false}],
                 "customFields": [{"id": "f-1", "title": "Salary", "value": {"value": 100000, "currencyCode": "EUR"}, "isPrivate": false},
                                  {"id": "f-2", "title": "Remote", "value": true}],
                 "socialLinks": [{"type": "Mastodon", "url": "https://example.social/@cher"}],
                 "emailAddresses": [{"value": "cher@example.com", "type": "Work", "isPrimary": true}]}""");
        JsonNode withPrimaryLocation = json.readTree("""
                {"id": "c-2", "primaryLocation": {"id": "l-2", "locationSummary": "Canada, Toronto"}}""");

        Candidate modern = mapper.toCandidate(json.treeToValue(withLocation, AshbyCandidate.class), null);
        Candidate older = mapper.toCandidate(json.treeToValue(withPrimaryLocation, AshbyCandidate.class), null);

        assertThat(modern.locations()).containsExactly("France, Paris");
        assertThat(modern.firstName()).isEqualTo("Cher");
        assertThat(modern.lastName()).isNull();
        assertThat(modern.tags()).containsExactly(new NamedReference("t-1", "Senior"));
        assertThat(modern.customFields())
                .extracting(CustomField::id, CustomField::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("f-1", "Salary"),
                        org.assertj.core.groups.Tuple.tuple("f-2", "Remote"));
        assertThat(modern.customFields().get(0).value())
                .isEqualTo(json.readTree("{\"value\": 100000, \"currencyCode\": \"EUR\"}"));
        assertThat(modern.urls())
                .as("an unknown link type passes through raw")
                .containsExactly(new Candidate.Url("https://example.social/@cher", "Mastodon"));
        assertThat(modern.emails())
                .as("without a primary address, Ashby's own flag counts")
                .containsExactly(new Candidate.Email("cher@example.com", "work", true));
        assertThat(older.locations()).containsExactly("Canada, Toronto");
        assertThat(older.name()).isNull();
        assertThat(older.firstName()).isNull();
        assertThat(older.emails()).isEmpty();
        assertThat(older.phones()).isEmpty();
        assertThat(older.urls()).isEmpty();
        assertThat(older.tags()).isEmpty();
        assertThat(older.applications()).isEmpty();
        assertThat(older.attachments()).isEmpty();
        assertThat(older.customFields()).isEmpty();
        assertThat(older.source()).isNull();
    }

    private JsonNode recorded(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/ashby/" + name)) {
            return json.readTree(in);
        }
    }
}
