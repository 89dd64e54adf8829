package dev.crosswalk.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The payload generator itself: what it produces keeps the spec's promises (required members,
 * envelope) while varying everything the spec leaves open — otherwise the robustness properties
 * that use it would prove nothing.
 */
class AshbySpecTests {

    static final AshbySpec SPEC = AshbySpec.load();
    static final Set<String> REQUIRED_USER =
            Set.of("id", "firstName", "lastName", "globalRole", "isEnabled", "updatedAt");
    static final Set<String> ROLES =
            Set.of("Organization Admin", "Elevated Access", "Limited Access", "External Recruiter");

    @Test
    void theExampleAnswerIsAssembledFromTheSpecsFieldExamples() {
        JsonNode user = SPEC.exampleResponse("user.info").path("results");

        assertThat(SPEC.exampleResponse("user.info").path("success").asBoolean())
                .isTrue();
        assertThat(user.path("firstName").asString()).isEqualTo("Test");
        assertThat(user.path("lastName").asString()).isEqualTo("User");
        assertThat(user.path("updatedAt").asString()).isEqualTo("2022-08-12T20:29:56.964Z");
        assertThat(user.path("globalRole").asString()).isIn(ROLES);
    }

    @Test
    void randomAnswersKeepRequiredMembersAndVaryTheRest() {
        List<JsonNode> users = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            JsonNode answer = SPEC.randomResponse("user.list", random);
            assertThat(answer.path("success").asBoolean()).isTrue();
            assertThat(answer.path("moreDataAvailable").isBoolean()).isTrue();
            answer.path("results").forEach(users::add);
        }

        assertThat(users)
                .allSatisfy(user ->
                        REQUIRED_USER.forEach(name -> assertThat(user.path(name).isMissingNode()
                                        || user.path(name).isNull())
                                .as(name)
                                .isFalse()));
        assertThat(users).as("optional members sometimes missing").anyMatch(user -> !user.has("email"));
        assertThat(users)
                .as("optional members sometimes null")
                .anyMatch(user -> user.path("email").isNull());
        assertThat(users)
                .as("roles the spec does not list yet")
                .anyMatch(user -> !ROLES.contains(user.path("globalRole").asString()));
        assertThat(users)
                .as("members the spec does not know")
                .anyMatch(user -> user.properties().stream()
                        .anyMatch(member -> member.getKey().endsWith("AddedLater")
                                || member.getKey().contains("AddedLater")));
        assertThat(users)
                .as("empty arrays")
                .anyMatch(user -> user.path("customFields").isArray()
                        && user.path("customFields").isEmpty());
        assertThat(users)
                .extracting(user -> user.path("updatedAt").asString())
                .allSatisfy(timestamp ->
                        assertThat(java.time.Instant.parse(timestamp)).isNotNull());
    }

    @Test
    void anUnknownMethodIsReported() {
        assertThatThrownBy(() -> SPEC.exampleResponse("departement.list")).hasMessageContaining("departement.list");
    }
}
