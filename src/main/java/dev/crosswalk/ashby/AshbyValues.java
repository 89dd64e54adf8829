package dev.crosswalk.ashby;

import dev.crosswalk.unified.CustomField;
import dev.crosswalk.unified.NamedReference;
import dev.crosswalk.unified.Reference;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The small conversions the hiring-process mappers share: users as references, custom fields,
 * open enums and lenient timestamps. Static helpers, so each mapper reads as a list of renames plus
 * calls to these.
 */
public final class AshbyValues {

    private AshbyValues() {}

    /**
     * A full name as first name and the rest (one part when there is no space, none when blank):
     * split at the first run of regular-expression whitespace, as {@code Pattern.compile("\\s+").split(name.trim(), 2)}
     * would, without a regular expression per candidate (it showed in profiles of a list page).
     */
    public static String[] nameParts(String name) {
        if (name == null || name.isBlank()) {
            return new String[0];
        }
        String trimmed = name.trim();
        int end = 0;
        while (end < trimmed.length() && !isRegexSpace(trimmed.charAt(end))) {
            end++;
        }
        if (end == trimmed.length()) {
            return new String[] {trimmed};
        }
        int rest = end;
        while (isRegexSpace(trimmed.charAt(rest))) { // trim() leaves no whitespace at the end
            rest++;
        }
        return new String[] {trimmed.substring(0, end), trimmed.substring(rest)};
    }

    /** The characters a Java regular expression's {@code \\s} matches. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    public static Reference user(AshbyUserRef user) {
        return user == null || user.id() == null ? null : new Reference(user.id());
    }

    public static NamedReference namedUser(AshbyUserRef user) {
        return user == null || user.id() == null ? null : new NamedReference(user.id(), user.fullName());
    }

    public static Reference reference(String id) {
        return id == null ? null : new Reference(id);
    }

    public static List<CustomField> customFields(List<AshbyCustomField> fields) {
        return fields == null
                ? List.of()
                : fields.stream()
                        .filter(Objects::nonNull)
                        .map(field -> new CustomField(field.id(), field.title(), field.value()))
                        .toList();
    }

    /**
     * An open enum: the documented unified value when Ashby's is known, Ashby's own value otherwise
     * (never a failure on a value added later).
     */
    public static String open(String ashbyValue, Map<String, String> known) {
        return ashbyValue == null ? null : known.getOrDefault(ashbyValue, ashbyValue);
    }

    /** A timestamp Ashby sends as plain text; unreadable text is no timestamp rather than a failed record. */
    public static Instant lenientInstant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The Ashby values a unified enum value stands for: the reverse of a mapper's table, so a filter
     * and the records it selects always agree (e.g. {@code draft} is two offer statuses).
     */
    public static List<String> ashbyValues(Map<String, String> known, String unifiedValue) {
        List<String> values = known.entrySet().stream()
                .filter(entry -> entry.getValue().equals(unifiedValue))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        if (values.isEmpty()) {
            throw new IllegalArgumentException("Not a unified value: " + unifiedValue);
        }
        return values;
    }
}
