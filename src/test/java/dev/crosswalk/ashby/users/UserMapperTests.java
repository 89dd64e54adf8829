package dev.crosswalk.ashby.users;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.ashby.CustomFieldMapperImpl;
import dev.crosswalk.support.AshbySpec;
import dev.crosswalk.unified.CustomField;
import dev.crosswalk.unified.users.User;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Ashby users → unified users, fed with a user recorded from a real org and with the spec's example. */
class UserMapperTests {

    final JsonMapper json = JsonMapper.builder().build();
    final UserMapper mapper = new UserMapperImpl(new CustomFieldMapperImpl());

    @Test
    void mapsTheRecordedUser() throws IOException {
        JsonNode recorded = recorded("user.info.recorded.json").path("results");

        User user = mapper.toUser(json.treeToValue(recorded, AshbyUser.class), null);

        assertThat(user)
                .isEqualTo(new User(
                        "00000000-0000-0000-0000-000000000001",
                        Instant.parse("2026-03-11T19:58:52.973Z"),
                        "Test",
                        "User1",
                        "Test User1",
                        List.of(new User.Email("user1@example.com", true)),
                        false,
                        "Limited Access",
                        List.of(),
                        null));
    }

    @Test
    void mapsTheSpecExampleWithCustomFieldsAndRemoteData() {
        JsonNode example = AshbySpec.load().exampleResponse("user.info").path("results");

        User user = mapper.toUser(json.treeToValue(example, AshbyUser.class), example);

        assertThat(user.firstName()).isEqualTo("Test");
        assertThat(user.lastName()).isEqualTo("User");
        assertThat(user.name()).isEqualTo("Test User");
        assertThat(user.emails()).containsExactly(new User.Email("test@ashbyhq.com", true));
        assertThat(user.accessRole()).isEqualTo("Organization Admin");
        assertThat(user.updatedAt()).isEqualTo(Instant.parse("2022-08-12T20:29:56.964Z"));
        assertThat(user.customFields())
                .hasSize(example.path("customFields").size())
                .allSatisfy(field -> {
                    assertThat(field.id()).isNotNull();
                    assertThat(field.name()).isNotNull();
                });
        assertThat(user.remoteData()).isEqualTo(example);
    }

    @Test
    void aDeactivatedUserWithAnUnknownRoleIsDisabledAndKeepsTheRawRole() {
        User user = mapper.toUser(json.readValue("""
                {"id": "u-1", "firstName": "Grace", "lastName": null, "globalRole": "Interviewer Only", "isEnabled": false,
                 "customFields": [{"id": "f-1", "title": "Team", "value": "Platform"}]}""", AshbyUser.class), null);

        assertThat(user.disabled()).isTrue();
        assertThat(user.accessRole())
                .as("roles are open: an unknown one passes through raw")
                .isEqualTo("Interviewer Only");
        assertThat(user.name()).isEqualTo("Grace");
        assertThat(user.emails()).isEmpty();
        assertThat(user.customFields())
                .extracting(CustomField::id, CustomField::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("f-1", "Team"));
    }

    private JsonNode recorded(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/ashby/" + name)) {
            return json.readTree(in);
        }
    }
}
