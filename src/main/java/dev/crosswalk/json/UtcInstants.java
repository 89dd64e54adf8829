package dev.crosswalk.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.ser.InstantSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads the timestamps Ashby sends ({@code 2024-02-04T21:38:12.442Z}: UTC, 0-9 fraction digits)
 * without {@code DateTimeFormatter}, whose general parser was an eighth of the CPU of decoding a
 * page of candidates. Anything else, or any value out of range, goes to Jackson's own
 * {@link InstantDeserializer}, so what is accepted and how a bad value fails are unchanged.
 *
 * <p>Writes instants as Jackson does ({@link Instant#toString()} unless a format or a feature says
 * otherwise) but builds the text of years 0000-9999 directly: {@code Instant.toString} goes through
 * {@code DateTimeFormatter} too, a fifth of the CPU of writing a page of unified candidates.
 * Spring Boot registers the module with the application's mapper.
 */
@Component
public class UtcInstants extends SimpleModule {

    private static final long FIRST_SECOND = LocalDate.of(0, 1, 1).toEpochDay() * 86_400;
    private static final long END_SECOND = LocalDate.of(10_000, 1, 1).toEpochDay() * 86_400;
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    public UtcInstants() {
        super("utc-instants");
        addDeserializer(Instant.class, new Deserializer());
        addSerializer(Instant.class, new Serializer());
    }

    /** {@link Instant#toString()}: no fraction of the second, or 3, 6 or 9 digits, as the nanoseconds need. */
    static String format(Instant instant) {
        int nanos = instant.getNano();
        return format(instant, nanos == 0 ? 0 : nanos % 1_000_000 == 0 ? 3 : nanos % 1000 == 0 ? 6 : 9);
    }

    /** As Ashby writes timestamps: UTC with milliseconds, {@code 2024-02-04T21:38:12.442Z}. */
    public static String formatMillis(Instant instant) {
        return format(instant, 3);
    }

    /** ISO-8601 in UTC with {@code fractionDigits} digits of the second, built without a formatter for years 0000-9999. */
    private static String format(Instant instant, int fractionDigits) {
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST_SECOND || seconds >= END_SECOND) {
            return new DateTimeFormatterBuilder()
                    .appendInstant(fractionDigits)
                    .toFormatter()
                    .format(instant);
        }
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400));
        int secondOfDay = (int) Math.floorMod(seconds, 86_400);
        char[] text = new char[fractionDigits == 0 ? 20 : 21 + fractionDigits];
        put(text, 0, date.getYear(), 4);
        text[4] = '-';
        put(text, 5, date.getMonthValue(), 2);
        text[7] = '-';
        put(text, 8, date.getDayOfMonth(), 2);
        text[10] = 'T';
        put(text, 11, secondOfDay / 3600, 2);
        text[13] = ':';
        put(text, 14, secondOfDay / 60 % 60, 2);
        text[16] = ':';
        put(text, 17, secondOfDay % 60, 2);
        if (fractionDigits > 0) {
            text[19] = '.';
            put(text, 20, instant.getNano() / POWERS_OF_TEN[9 - fractionDigits], fractionDigits);
        }
        text[text.length - 1] = 'Z';
        return new String(text);
    }

    /** {@code value} as {@code width} decimal digits, zero-padded, at {@code text[at]}. */
    private static void put(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} as an instant; null for any other text or an impossible date. */
    static Instant parse(String text) {
        int length = text.length();
        if (length < 20
                || length > 30
                || length == 21
                || text.charAt(length - 1) != 'Z'
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != 'T'
                || text.charAt(13) != ':'
                || text.charAt(16) != ':'
                || length > 20 && text.charAt(19) != '.') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nanos = 0;
        if (length > 20) {
            int fraction = digits(text, 20, length - 1);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int scale = length - 21; scale < 9; scale++) {
                nanos *= 10;
            }
        }
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return Instant.ofEpochSecond(
                    LocalDateTime.of(year, month, day, hour, minute, second).toEpochSecond(ZoneOffset.UTC), nanos);
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    /** The decimal number in {@code text[from, to)}, or -1 if a character is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * Jackson's serializer, with {@link #format} where Jackson calls {@code Instant.toString} (no
     * formatter of the property's own). Jackson makes a copy per property; copies stay of this class.
     */
    private static final class Serializer extends InstantSerializer {

        Serializer() {}

        private Serializer(
                Serializer base,
                DateTimeFormatter formatter,
                Boolean useTimestamp,
                Boolean useNanoseconds,
                JsonFormat.Shape shape) {
            super(base, formatter, useTimestamp, useNanoseconds, shape);
        }

        @Override
        protected String formatValue(Instant value, SerializationContext context) {
            return _formatter == null ? format(value) : super.formatValue(value, context);
        }

        @Override
        protected InstantSerializer withFormat(
                DateTimeFormatter formatter, Boolean useTimestamp, JsonFormat.Shape shape) {
            return new Serializer(this, formatter, useTimestamp, _useNanoseconds, shape);
        }

        @Override
        protected InstantSerializer withFeatures(Boolean writeZoneId, Boolean writeNanoseconds) {
            return new Serializer(this, _formatter, _useTimestamp, writeNanoseconds, _shape);
        }
    }

    private static final class Deserializer extends StdScalarDeserializer<Instant> {

        Deserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                Instant instant = parse(parser.getString());
                if (instant != null) {
                    return instant;
                }
            }
            return InstantDeserializer.INSTANT.deserialize(parser, context);
        }
    }
}
