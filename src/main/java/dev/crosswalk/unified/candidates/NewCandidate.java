package dev.crosswalk.unified.candidates;

import dev.crosswalk.unified.Reference;
import dev.crosswalk.unified.RequestRules;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The body of {@code POST /unified/ats/candidates}. What the ATS cannot store at creation is
 * refused here, never dropped: {@code company} and {@code title} (the ATS's API cannot set them),
 * more than one phone, and link types other than {@link UrlInput#CREATABLE} (set them with PATCH).
 * Those would need a second call after the creation, and a creation must stay one call to be safe
 * to retry.
 */
@RequestRules.Checked
@Schema(description = "A candidate to create")
public record NewCandidate(
        @Schema(description = "Full name", example = "Ada Lovelace", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank
        String name,

        @Schema(description = "Email addresses; the one with is_primary (else the first) becomes the primary address")
        List<@NotNull @Valid EmailInput> emails,

        @Schema(description = "At most one phone number (the ATS keeps one per candidate)")
        @Size(max = 1, message = "at most one number: the ATS keeps one phone number per candidate")
        List<@NotNull @Valid PhoneInput> phones,

        @Schema(description = "Profile links, at most one each of linkedin, github and website")
        List<@NotNull @Valid UrlInput> urls,

        @Schema(description = NotSettable.DESCRIPTION) @NotSettable
        String company,

        @Schema(description = NotSettable.DESCRIPTION) @NotSettable
        String title,

        @Schema(description = "Where the candidate came from (a source id of the ATS)") @Valid
        Reference source)
        implements RequestRules {

    public NewCandidate {
        emails = emails == null ? List.of() : emails;
        phones = phones == null ? List.of() : phones;
        urls = urls == null ? List.of() : urls;
    }

    @Override
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>(CandidateRules.primaryEmail(emails));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < urls.size(); i++) {
            String type = urls.get(i) == null ? null : urls.get(i).type();
            if (type == null) {
                continue;
            }
            if (!UrlInput.CREATABLE.contains(type)) {
                violations.add(new Violation(
                        "urls",
                        "item " + i + ": type '" + type + "' cannot be set when creating a candidate" + " (allowed: "
                                + String.join(", ", new TreeSet<>(UrlInput.CREATABLE))
                                + "); add it with PATCH afterwards"));
            } else if (!seen.add(type)) {
                violations.add(new Violation(
                        "urls", "item " + i + ": only one " + type + " link can be set when creating a candidate"));
            }
        }
        return violations;
    }

    /** The primary address: the flagged one, else the first; null without addresses. */
    public String primaryEmail() {
        return CandidateRules.primary(emails);
    }

    /** Every address but the primary one, in the order given. */
    public List<String> otherEmails() {
        return CandidateRules.others(emails);
    }

    /** The link of that type, or null. */
    public String url(String type) {
        return urls.stream()
                .filter(url -> type.equals(url.type()))
                .map(UrlInput::url)
                .findFirst()
                .orElse(null);
    }
}
