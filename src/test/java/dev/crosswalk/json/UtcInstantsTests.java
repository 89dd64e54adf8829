package dev.crosswalk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/** Timestamps read and written through the module are exactly those Jackson reads and writes alone, failures included. */
class UtcInstantsTests {

    final JsonMapper plain = JsonMapper.builder().build();
    final JsonMapper fast = JsonMapper.builder().addModule(new UtcInstants()).build();

    record Stamped(Instant at) {}

    @Test
    void randomInstantsWithEveryFractionLengthReadAsJacksonReadsThem() {
        Random random = new Random(8);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(
                    random.nextLong(-62_000_000_000L, 250_000_000_000L), random.nextInt(1_000_000_000));
            String iso = DateTimeFormatter.ISO_INSTANT.format(instant);
            int cut = random.nextInt(10); // 0-9 fraction digits, as Ashby may send them
            String text = iso.length() > 20 ? iso.substring(0, Math.min(iso.length() - 1, 20 + cut)) + "Z" : iso;
            text = text.endsWith(".Z") ? text.replace(".Z", "Z") : text;

            assertThat(UtcInstants.parse(text)).as(text).isEqualTo(Instant.parse(text));
            assertThat(read(fast, text)).as(text).isEqualTo(read(plain, text));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024-02-04T21:38:12.442Z",
                "2024-02-29T00:00:00Z",
                "2016-12-31T23:59:60Z",
                "2024-02-04t21:38:12z",
                "2024-02-04T21:38:12+01:00",
                "2024-02-04T21:38:12.1234567890Z",
                "+12024-02-04T21:38:12Z",
                "1707082692442"
            })
    void otherShapesAreLeftToJackson(String text) {
        assertThat(readOrFailure(fast, text)).isEqualTo(readOrFailure(plain, text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024-02-30T00:00:00Z",
                "2024-13-01T00:00:00Z",
                "2024-02-04T24:00:00Z",
                "2024-02-04T21:38:1xZ",
                "2024-02-04T21:38:12.Z",
                "yesterday",
                ""
            })
    void impossibleTimestampsFailAsTheyDoWithoutTheModule(String text) {
        assertThat(UtcInstants.parse(text)).isNull();
        assertThat(readOrFailure(fast, text)).isEqualTo(readOrFailure(plain, text));
    }

    @Test
    void numbersAndNullsAreJacksonsToo() {
        assertThat(fast.readValue("{\"at\":1707082692}", Stamped.class))
                .isEqualTo(plain.readValue("{\"at\":1707082692}", Stamped.class));
        assertThat(fast.readValue("{\"at\":null}", Stamped.class).at()).isNull();
    }

    @Test
    void randomInstantsAreWrittenAsJacksonWritesThem() {
        Random random = new Random(9);
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong(-70_000_000_000L, 260_000_000_000L); // years before 0000 and after 9999 too
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Stamped stamped = new Stamped(Instant.ofEpochSecond(seconds, nanos));

            assertThat(UtcInstants.format(stamped.at())).isEqualTo(stamped.at().toString());
            assertThat(UtcInstants.formatMillis(stamped.at())).isEqualTo(MILLIS.format(stamped.at()));
            assertThat(fast.writeValueAsString(stamped)).isEqualTo(plain.writeValueAsString(stamped));
        }
    }

    @Test
    void formatsAndFeaturesOfJacksonStillApplyWhenWriting() {
        Instant at = Instant.parse("2024-02-04T21:38:12.442Z");
        for (JsonMapper json : new JsonMapper[] {fast, plain}) {
            assertThat(json.writeValueAsString(new Formatted(at))).isEqualTo("{\"at\":\"2024-02-04 21:38\"}");
            assertThat(json.rebuild()
                            .enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                            .build()
                            .writeValueAsString(new Stamped(at)))
                    .isEqualTo("{\"at\":1707082692.442000000}");
            assertThat(json.rebuild()
                            .enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                            .disable(DateTimeFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS)
                            .build()
                            .writeValueAsString(new Stamped(at)))
                    .isEqualTo("{\"at\":1707082692442}");
            assertThat(json.writeValueAsString(new Stamped(Instant.parse("2024-02-04T21:38:00Z"))))
                    .isEqualTo("{\"at\":\"2024-02-04T21:38:00Z\"}");
        }
    }

    @Test
    void ashbysShapeHasAlwaysMilliseconds() {
        assertThat(UtcInstants.formatMillis(Instant.parse("2024-02-04T21:38:12.442917Z")))
                .isEqualTo("2024-02-04T21:38:12.442Z");
        assertThat(UtcInstants.formatMillis(Instant.parse("2024-02-04T21:38:00Z")))
                .isEqualTo("2024-02-04T21:38:00.000Z");
    }

    static final DateTimeFormatter MILLIS =
            new DateTimeFormatterBuilder().appendInstant(3).toFormatter();

    record Formatted(
            @JsonFormat(pattern = "yyyy-MM-dd HH:mm", timezone = "UTC")
            Instant at) {}

    private static Instant read(JsonMapper json, String text) {
        return json.readValue("{\"at\":\"" + text + "\"}", Stamped.class).at();
    }

    /** The instant read, or the failure's class and message. */
    private static Object readOrFailure(JsonMapper json, String text) {
        Throwable failure = catchThrowable(() -> read(json, text));
        return failure == null ? read(json, text) : failure.getClass().getName() + ": " + failure.getMessage();
    }
}
