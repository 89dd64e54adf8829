package dev.crosswalk.unified.candidates;

import dev.crosswalk.unified.RequestRules.Violation;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** Rules that creations and updates of candidates share. */
final class CandidateRules {

    private CandidateRules() {}

    static List<Violation> primaryEmail(List<EmailInput> emails) {
        long flagged = emails.stream()
                .filter(Objects::nonNull)
                .filter(EmailInput::primary)
                .count();
        return flagged > 1
                ? List.of(new Violation("emails", "at most one address may have is_primary true"))
                : List.of();
    }

    static List<Violation> urlTypes(List<UrlInput> urls) {
        return java.util.stream.IntStream.range(0, urls.size())
                .filter(i -> urls.get(i) != null
                        && urls.get(i).type() != null
                        && !UrlInput.TYPES.contains(urls.get(i).type()))
                .mapToObj(i -> new Violation(
                        "urls",
                        "item " + i + ": type '" + urls.get(i).type() + "' is not one of "
                                + String.join(", ", new TreeSet<>(UrlInput.TYPES))))
                .toList();
    }

    static String primary(List<EmailInput> emails) {
        return emails.stream()
                .filter(Objects::nonNull)
                .filter(EmailInput::primary)
                .findFirst()
                .or(() -> emails.stream().filter(Objects::nonNull).findFirst())
                .map(EmailInput::email)
                .orElse(null);
    }

    static List<String> others(List<EmailInput> emails) {
        String primary = primary(emails);
        return emails.stream()
                .filter(Objects::nonNull)
                .map(EmailInput::email)
                .filter(email -> !email.equals(primary))
                .distinct()
                .toList();
    }
}
