package dev.crosswalk.unified;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Enum-valued filters ({@code status=...}): a listed value in any case is accepted, anything else is a 400 listing the choices. */
class ResourceQueryChoiceFilterTests {

    static final ResourceQuery QUERY = ResourceQuery.of("offers")
            .filter("application_id", FilterType.TEXT, "Only offers made on this application")
            .choiceFilter("status", Set.of("draft", "sent", "signed"), "Only offers with this status");

    @Test
    void aListedValueIsAcceptedInAnyCaseAndNormalized() {
        ListQuery query = QUERY.parseList(parameters("status", " Signed "));

        assertThat(query.text("status")).isEqualTo("signed");
        assertThat(query.canonicalFilters())
                .isEqualTo(QUERY.parseList(parameters("status", "signed")).canonicalFilters());
    }

    @Test
    void anyOtherValueIs400NamingTheParameterAndItsChoices() {
        assertThatThrownBy(() -> QUERY.parseList(parameters("status", "accepted")))
                .isInstanceOfSatisfying(CrosswalkException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.INVALID_REQUEST);
                    assertThat(e.getMessage()).contains("'status'", "draft, sent, signed");
                });
    }

    @Test
    void otherFiltersAreUnaffected() {
        ListQuery query = QUERY.parseList(parameters("application_id", "Abc"));

        assertThat(query.text("application_id")).isEqualTo("Abc");
        assertThat(query.has("status")).isFalse();
    }

    private static MultiValueMap<String, String> parameters(String name, String value) {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        parameters.add(name, value);
        return parameters;
    }

    @Test
    void syncParametersAreRefusedPlainlyWhereTheResourceCannotSync() {
        assertThatThrownBy(() -> QUERY.parseList(parameters("sync", "true")))
                .isInstanceOfSatisfying(
                        CrosswalkException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.SYNC_UNSUPPORTED));
        assertThatThrownBy(() -> QUERY.parseList(parameters("sync_token", "t")))
                .isInstanceOfSatisfying(
                        CrosswalkException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.SYNC_UNSUPPORTED));
    }

    @Test
    void aSyncPassBindsItsCursorsToThePassButItsTokenToTheFiltersAlone() {
        ResourceQuery syncable = QUERY.syncable();
        ListQuery plain = syncable.parseList(parameters("status", "sent"));
        MultiValueMap<String, String> startParameters = parameters("status", "sent");
        startParameters.add("sync", "true");
        ListQuery start = syncable.parseList(startParameters);
        MultiValueMap<String, String> deltaParameters = parameters("status", "sent");
        deltaParameters.add("sync_token", "sealed");
        ListQuery delta = syncable.parseList(deltaParameters);

        assertThat(plain.sync()).isFalse();
        assertThat(start.sync()).isTrue();
        assertThat(delta.sync()).isTrue();
        assertThat(delta.syncToken()).isEqualTo("sealed");
        assertThat(start.canonicalFilters()).isEqualTo(plain.canonicalFilters()).isEqualTo(delta.canonicalFilters());
        assertThat(java.util.Set.of(plain.cursorScope(), start.cursorScope(), delta.cursorScope()))
                .hasSize(3);
    }
}
