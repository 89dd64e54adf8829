package dev.crosswalk.ashby;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads Ashby's records field by field, so one odd value never fails a page: a value that does not
 * fit its field (a date where a timestamp belongs, text where a number does, an object where text
 * does) becomes null — or its raw JSON text where the field is text, and midnight UTC where a date
 * stands for a timestamp — while {@code remote_data} keeps what Ashby sent. Each such field is
 * counted in {@code crosswalk.ashby.decode.drift{method, field}} and logged once per method and
 * field, never with the value (it may be personal data).
 */
final class DecodeDrift extends DeserializationProblemHandler {

    /** The reader attribute that names the Ashby method being decoded. */
    static final String METHOD = "crosswalk.ashby.method";

    private static final Logger log = LoggerFactory.getLogger(DecodeDrift.class);

    private final MeterRegistry meters;
    private final Set<String> logged = ConcurrentHashMap.newKeySet();

    DecodeDrift(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public Object handleWeirdStringValue(
            DeserializationContext context, Class<?> target, String value, String failure) {
        record(context, target);
        if (target == Instant.class) {
            try {
                return LocalDate.parse(value.trim())
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
        return null;
    }

    @Override
    public Object handleWeirdNumberValue(
            DeserializationContext context, Class<?> target, Number value, String failure) {
        record(context, target);
        return null;
    }

    @Override
    public Object handleWeirdNativeValue(
            DeserializationContext context, JavaType target, Object value, JsonParser parser) {
        record(context, target.getRawClass());
        return null;
    }

    @Override
    public Object handleUnexpectedToken(
            DeserializationContext context, JavaType target, JsonToken token, JsonParser parser, String failure) {
        record(context, target.getRawClass());
        if (target.getRawClass() == String.class && token.isStructStart()) {
            return context.readTree(parser).toString();
        }
        parser.skipChildren();
        return null;
    }

    /**
     * Text fields that accept any JSON: a number or boolean as its text, an object or a list (drift)
     * as its raw JSON. Jackson's own reader of string lists cannot be steered by a problem handler
     * when an item is a list, so text is read here for lists and fields alike.
     */
    JacksonModule module() {
        SimpleModule module = new SimpleModule("crosswalk-ashby-drift");
        module.addDeserializer(String.class, new StdScalarDeserializer<String>(String.class) {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) {
                JsonToken token = parser.currentToken();
                if (token == JsonToken.VALUE_STRING || token.isScalarValue()) {
                    return parser.getString();
                }
                record(context, String.class);
                return context.readTree(parser).toString();
            }
        });
        return module;
    }

    private void record(DeserializationContext context, Class<?> target) {
        Object attribute = context.getAttribute(METHOD);
        String method = attribute == null ? "unknown" : attribute.toString();
        String field = field(context.getParser());
        meters.counter("crosswalk.ashby.decode.drift", "method", method, "field", field)
                .increment();
        if (logged.add(method + " " + field)) {
            log.warn(
                    "Ashby {} sent a value for {} that is not a {}; read as empty (or as text), remote_data keeps it. "
                            + "Logged once per method and field; counted in crosswalk.ashby.decode.drift",
                    method,
                    field,
                    target.getSimpleName());
        }
    }

    /** The field's path inside its record, e.g. {@code latestVersion.startDate} (list positions left out). */
    private static String field(JsonParser parser) {
        Deque<String> names = new ArrayDeque<>();
        for (TokenStreamContext context = parser.streamReadContext(); context != null; context = context.getParent()) {
            if (context.inObject() && context.currentName() != null) {
                names.addFirst(context.currentName());
            }
        }
        if (!names.isEmpty() && names.peekFirst().equals("results")) {
            names.removeFirst();
        }
        return names.isEmpty() ? "(record)" : String.join(".", names);
    }
}
