package dev.crosswalk.unified.candidates;

import dev.crosswalk.unified.Reference;
import dev.crosswalk.unified.RequestRules;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code PATCH /unified/ats/candidates/{id}}: absent (or null) fields stay as they are.
 * The ATS adds email addresses but never removes them, keeps one phone number, and replaces the
 * links as a whole; what it cannot do ({@code company}, {@code title}, removing addresses) is
 * refused rather than silently ignored.
 */
@RequestRules.Checked
@Schema(description = "Changes to a candidate; absent fields are left unchanged")
public record CandidateChanges(
        @Schema(description = "New full name") @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        String name,

        @Schema(
                description =
                        "The primary address (is_primary, else the first) replaces the primary one; the others are added. "
                                + "Addresses are never removed.")
        @Size(min = 1, message = "must not be empty: the ATS's API cannot remove addresses")
        List<@NotNull @Valid EmailInput> emails,

        @Schema(description = "Exactly one number, replacing the primary phone number")
        @Size(min = 1, max = 1, message = "must hold exactly one number: the ATS keeps one phone number per candidate")
        List<@NotNull @Valid PhoneInput> phones,

        @Schema(description = "Replaces all of the candidate's profile links ([] removes them)")
        List<@NotNull @Valid UrlInput> urls,

        @Schema(description = NotSettable.DESCRIPTION) @NotSettable
        String company,

        @Schema(description = NotSettable.DESCRIPTION) @NotSettable
        String title,

        @Schema(description = "Where the candidate came from (a source id of the ATS)") @Valid
        Reference source)
        implements RequestRules {

    @Override
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (name == null
                && emails == null
                && phones == null
                && urls == null
                && source == null
                && company == null
                && title == null) {
            violations.add(new Violation(
                    "", "the body changes nothing: send at least one of name, emails, phones, urls, source"));
        }
        if (emails != null) {
            violations.addAll(CandidateRules.primaryEmail(emails));
        }
        if (urls != null) {
            violations.addAll(CandidateRules.urlTypes(urls));
        }
        return violations;
    }

    /** The address to make primary, or null when emails are not changed. */
    public String primaryEmail() {
        return emails == null ? null : CandidateRules.primary(emails);
    }

    /** The addresses to add besides the primary one. */
    public List<String> otherEmails() {
        return emails == null ? List.of() : CandidateRules.others(emails);
    }
}
