package dev.crosswalk.unified.routes;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a unified write's JSON body into its record and reports every problem in one 400: fields
 * the body does not have, values of the wrong type, and the record's validation rules (bean
 * validation, including cross-field {@link dev.crosswalk.unified.RequestRules}). Fields are named
 * as the client wrote them (snake_case, with list indexes), never by a Java name.
 */
@Component
public class RequestBodies {

    private final JsonMapper json;
    private final Validator validator;

    RequestBodies(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** The body as {@code type}, or a 400 {@code invalid_request} naming every problem. */
    public <B> B read(byte[] body, Class<B> type) {
        if (body == null || body.length == 0) {
            throw invalid("The request body is missing or is not valid JSON");
        }
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (JacksonException e) {
            throw invalid("The request body is not valid JSON");
        }
        if (tree == null || !tree.isObject()) {
            throw invalid("The request body must be a JSON object");
        }
        return read((ObjectNode) tree, type);
    }

    /** The body as {@code type}, from JSON already parsed (e.g. an agent tool's arguments). */
    public <B> B read(ObjectNode body, Class<B> type) {
        ObjectNode object = body.deepCopy();
        Map<String, Type> fields = fields(type);
        Map<String, String> problems = new LinkedHashMap<>();
        for (String name : new ArrayList<>(object.propertyNames())) {
            Type fieldType = fields.get(name);
            if (fieldType == null) {
                problems.put(name, "is not a field of this body (fields: " + String.join(", ", fields.keySet()) + ")");
                object.remove(name);
                continue;
            }
            String problem = typeProblem(name, object.get(name), json.constructType(fieldType));
            if (problem != null) {
                int colon = problem.indexOf(": ");
                problems.put(problem.substring(0, colon), problem.substring(colon + 2));
                object.remove(name);
            }
        }
        B value;
        try {
            value = json.treeToValue(object, type);
        } catch (JacksonException e) {
            throw invalid("The request body is not valid JSON");
        }
        Set<String> mistyped = new HashSet<>();
        problems.keySet().forEach(field -> mistyped.add(topLevel(field)));
        for (ConstraintViolation<B> violation : validator.validate(value)) {
            String field = snakeCase(violation.getPropertyPath().toString());
            if (!mistyped.contains(topLevel(field))) {
                problems.merge(field, violation.getMessage(), (first, second) -> first + "; " + field + ": " + second);
            }
        }
        if (!problems.isEmpty()) {
            throw invalid("Invalid request body: "
                    + problems.entrySet().stream()
                            .map(problem -> problem.getKey().isEmpty()
                                    ? problem.getValue()
                                    : problem.getKey() + ": " + problem.getValue())
                            .sorted()
                            .collect(Collectors.joining("; ")));
        }
        return value;
    }

    /** The JSON names of a record body's fields and their Java types. */
    private static Map<String, Type> fields(Class<?> type) {
        Map<String, Type> fields = new java.util.TreeMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
            String name = property != null && !property.value().isEmpty() ? property.value() : component.getName();
            fields.put(name, component.getGenericType());
        }
        return fields;
    }

    /** Null when {@code value} reads as {@code type}; else {@code "path: problem"} for the innermost field at fault. */
    private String typeProblem(String name, JsonNode value, JavaType type) {
        try {
            json.readerFor(type).readValue(value);
            return null;
        } catch (UnrecognizedPropertyException unknown) {
            return path(name, unknown) + ": is not a field of this body";
        } catch (DatabindException mismatch) {
            return path(name, mismatch) + ": " + expected(mismatch);
        } catch (JacksonException unreadable) {
            return name + ": has an invalid value";
        }
    }

    private static String expected(DatabindException mismatch) {
        List<tools.jackson.databind.DatabindException.Reference> path = mismatch.getPath();
        Class<?> target = mismatch instanceof tools.jackson.databind.exc.MismatchedInputException input
                ? input.getTargetType()
                : null;
        if (target == null) {
            return "has an invalid value";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "must be a list";
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "must be a number";
        }
        return path.isEmpty() ? "has an invalid value" : "must be an object";
    }

    private static String path(String name, DatabindException failure) {
        String inner = failure.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? "." + reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining());
        return name + inner;
    }

    private static String topLevel(String field) {
        int end = field.length();
        for (char stop : new char[] {'.', '['}) {
            int at = field.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return field.substring(0, end);
    }

    /** Validation paths name Java components; the API's fields are snake_case. */
    static String snakeCase(String javaPath) {
        return javaPath.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static CrosswalkException invalid(String detail) {
        return new CrosswalkException(ProblemCode.INVALID_REQUEST, detail);
    }
}
