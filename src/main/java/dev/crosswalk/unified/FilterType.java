package dev.crosswalk.unified;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** How a filter's query-string value is read and normalized; a bad value is a 400 naming the parameter. */
public enum FilterType {

    /** Free text, trimmed; at most 500 characters. */
    TEXT {
        @Override
        Object parse(String parameter, String raw) {
            String value = raw.trim();
            if (value.isEmpty() || value.length() > 500) {
                throw ListQuery.invalid(parameter, "must be non-empty text of at most 500 characters");
            }
            return value;
        }
    },

    /** An ISO-8601 timestamp with zone or offset, e.g. {@code 2024-01-31T00:00:00Z}; normalized to UTC. */
    INSTANT {
        @Override
        Object parse(String parameter, String raw) {
            try {
                return OffsetDateTime.parse(raw.trim()).toInstant();
            } catch (DateTimeParseException e) {
                throw ListQuery.invalid(
                        parameter, "must be an ISO-8601 timestamp with offset, e.g. 2024-01-31T00:00:00Z");
            }
        }
    },

    /** {@code true} or {@code false}. */
    FLAG {
        @Override
        Object parse(String parameter, String raw) {
            return switch (raw.trim().toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw ListQuery.invalid(parameter, "must be true or false");
            };
        }
    };

    abstract Object parse(String parameter, String raw);

    /** The value's canonical text, so equal filters bind cursors equally however they were spelt. */
    static String canonical(Object value) {
        return value instanceof Instant instant ? instant.toString() : value.toString();
    }
}
