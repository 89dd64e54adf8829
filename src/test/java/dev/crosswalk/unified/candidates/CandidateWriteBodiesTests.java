package dev.crosswalk.unified.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What a client's candidate body is checked for before anything reaches the ATS. */
class CandidateWriteBodiesTests {

    private static final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();
    private static final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aPlainCandidateIsValidAndItsFirstAddressIsPrimary() {
        NewCandidate candidate = read(
                "{\"name\": \"Ada Lovelace\", \"emails\": [{\"email\": \"a@example.com\"}, {\"email\": \"b@example.com\"}]}");

        assertThat(problems(candidate)).isEmpty();
        assertThat(candidate.primaryEmail()).isEqualTo("a@example.com");
        assertThat(candidate.otherEmails()).containsExactly("b@example.com");
    }

    @Test
    void theFlaggedAddressIsPrimaryWhereverItIs() {
        NewCandidate candidate = read(
                "{\"name\": \"A\", \"emails\": [{\"email\": \"a@example.com\"}, {\"email\": \"b@example.com\", \"is_primary\": true}]}");

        assertThat(candidate.primaryEmail()).isEqualTo("b@example.com");
        assertThat(candidate.otherEmails()).containsExactly("a@example.com");
    }

    @Test
    void crossFieldRulesAreReportedOnTheirFieldsTogetherWithTheOthers() {
        NewCandidate candidate = read("""
                {"name": " ", "emails": [{"email": "a@example.com", "is_primary": true}, {"email": "b@example.com", "is_primary": true}],
                 "urls": [{"url": "https://x.test", "type": "github"}, {"url": "https://y.test", "type": "github"},
                          {"url": "https://z.test", "type": "medium"}]}""");

        assertThat(problems(candidate))
                .containsExactlyInAnyOrder(
                        "name: must not be blank",
                        "emails: at most one address may have is_primary true",
                        "urls: item 1: only one github link can be set when creating a candidate",
                        "urls: item 2: type 'medium' cannot be set when creating a candidate"
                                + " (allowed: github, linkedin, website); add it with PATCH afterwards");
    }

    @Test
    void messagesAreLiteralEvenWhenTheClientSendsTemplateSyntax() {
        NewCandidate candidate =
                read("{\"name\": \"A\", \"urls\": [{\"url\": \"https://x.test\", \"type\": \"${1+1}{max}\"}]}");

        assertThat(problems(candidate))
                .anySatisfy(problem -> assertThat(problem).contains("'${1+1}{max}'"));
    }

    @Test
    void aPatchMustChangeSomethingAndCannotRemoveAddresses() {
        assertThat(problems(json.readValue("{}", CandidateChanges.class)))
                .containsExactly(": the body changes nothing: send at least one of name, emails, phones, urls, source");
        assertThat(problems(json.readValue(
                        "{\"emails\": [], \"urls\": [{\"url\": \"https://x.test\", \"type\": \"ats_profile\"}]}",
                        CandidateChanges.class)))
                .hasSize(2)
                .anySatisfy(problem -> assertThat(problem).startsWith("emails: must not be empty"))
                .anySatisfy(
                        problem -> assertThat(problem).startsWith("urls: item 0: type 'ats_profile' is not one of"));
    }

    @Test
    void theCanonicalFormIgnoresSpacingKeyOrderAndOmittedLists() {
        String first = json.writeValueAsString(read("{\"name\":\"A\",\"emails\":[{\"email\":\"a@example.com\"}]}"));
        String second = json.writeValueAsString(
                read(" { \"emails\" : [ {\"email\":\"a@example.com\"} ] , \"phones\": null, \"name\" : \"A\" } "));

        assertThat(first).isEqualTo(second);
    }

    private static NewCandidate read(String body) {
        return json.readValue(body, NewCandidate.class);
    }

    private static List<String> problems(Object body) {
        return validator.validate(body).stream()
                .map(CandidateWriteBodiesTests::describe)
                .toList();
    }

    private static String describe(ConstraintViolation<?> violation) {
        return violation.getPropertyPath() + ": " + violation.getMessage();
    }
}
