package dev.crosswalk.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks request bodies against the request schema the spec gives each method, read once from the
 * copy of Ashby's OpenAPI document shipped with the sandbox, so parameter names, types, enums and
 * required members are exactly Ashby's. It interprets the subset of JSON Schema those request
 * schemas use ({@code $ref}, {@code allOf}/{@code oneOf}/{@code anyOf}, {@code type}, {@code enum},
 * {@code properties}, {@code required}, {@code items}, {@code minItems}/{@code maxItems}, number
 * bounds and the {@code uuid}, {@code date-time} and {@code int64} formats); other keywords are
 * annotations there. Unknown members are ignored, as Ashby does.
 */
final class SandboxRequestSchemas {

    static final String SPEC = "sandbox/ashby-openapi.json";
    private static final Pattern UUID_SHAPE =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final JsonNode spec;
    private final Map<String, JsonNode> requestSchemas = new HashMap<>();

    SandboxRequestSchemas(JsonMapper mapper, Set<String> methods) {
        try (InputStream in = SandboxRequestSchemas.class.getClassLoader().getResourceAsStream(SPEC)) {
            if (in == null) {
                throw new IllegalStateException("The sandbox's copy of the Ashby spec is missing: " + SPEC);
            }
            this.spec = mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String method : methods) {
            JsonNode schema = spec.path("paths")
                    .path("/" + method)
                    .path("post")
                    .path("requestBody")
                    .path("content")
                    .path("application/json")
                    .path("schema");
            if (schema.isMissingNode()) {
                throw new IllegalStateException("The Ashby spec has no request schema for " + method);
            }
            requestSchemas.put(method, schema);
        }
    }

    /** Why {@code body} breaks the method's request schema, or null when it does not. */
    String violation(String method, JsonNode body) {
        JsonNode schema = requestSchemas.get(method);
        return schema == null ? null : check(schema, body, "body", 0);
    }

    private String check(JsonNode schema, JsonNode value, String where, int depth) {
        if (depth > 40) {
            return null;
        }
        JsonNode ref = schema.get("$ref");
        if (ref != null) {
            String failure = check(resolve(ref.asString()), value, where, depth + 1);
            if (failure != null) {
                return failure;
            }
        }
        JsonNode allOf = schema.get("allOf");
        if (allOf != null) {
            for (JsonNode part : allOf) {
                String failure = check(part, value, where, depth + 1);
                if (failure != null) {
                    return failure;
                }
            }
        }
        String failure = alternatives(schema, value, where, depth);
        if (failure != null) {
            return failure;
        }
        JsonNode type = schema.get("type");
        if (type != null && !matchesType(type, value)) {
            return where + " must be " + (type.isArray() ? type.toString() : type.asString());
        }
        JsonNode allowed = schema.get("enum");
        if (allowed != null && !contains(allowed, value)) {
            return where + " must be one of " + allowed;
        }
        if (value.isObject()) {
            failure = object(schema, value, where, depth);
        } else if (value.isArray()) {
            failure = array(schema, value, where, depth);
        } else {
            failure = scalar(schema, value, where);
        }
        return failure;
    }

    private String alternatives(JsonNode schema, JsonNode value, String where, int depth) {
        JsonNode oneOf = schema.get("oneOf");
        if (oneOf != null) {
            int matches = 0;
            for (JsonNode option : oneOf) {
                if (check(option, value, where, depth + 1) == null) {
                    matches++;
                }
            }
            if (matches != 1) {
                return where + (matches == 0 ? " matches none of the allowed shapes" : " is ambiguous");
            }
        }
        JsonNode anyOf = schema.get("anyOf");
        if (anyOf != null) {
            for (JsonNode option : anyOf) {
                if (check(option, value, where, depth + 1) == null) {
                    return null;
                }
            }
            return where + " matches none of the allowed shapes";
        }
        return null;
    }

    private String object(JsonNode schema, JsonNode value, String where, int depth) {
        JsonNode required = schema.get("required");
        if (required != null) {
            for (JsonNode name : required) {
                JsonNode member = value.get(name.asString());
                if (member == null || member.isNull()) {
                    return (where.equals("body") ? "" : where + ".") + name.asString() + " is required";
                }
            }
        }
        JsonNode properties = schema.get("properties");
        if (properties != null && properties.path("$ref").isString()) {
            // The spec once points "properties" itself at another schema's properties map
            // (candidate.update's location): follow it, that is what the authors meant.
            properties = resolve(properties.get("$ref").asString());
        }
        if (properties != null && properties.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> members = value.properties().iterator();
            while (members.hasNext()) {
                Map.Entry<String, JsonNode> member = members.next();
                JsonNode memberSchema = properties.get(member.getKey());
                if (memberSchema != null && memberSchema.isObject()) {
                    String path = where.equals("body") ? member.getKey() : where + "." + member.getKey();
                    String failure = check(memberSchema, member.getValue(), path, depth + 1);
                    if (failure != null) {
                        return failure;
                    }
                }
            }
        }
        return null;
    }

    private String array(JsonNode schema, JsonNode value, String where, int depth) {
        JsonNode min = schema.get("minItems");
        if (min != null && value.size() < min.asInt()) {
            return where + " must have at least " + min.asInt() + " item(s)";
        }
        JsonNode max = schema.get("maxItems");
        if (max != null && value.size() > max.asInt()) {
            return where + " must have at most " + max.asInt() + " item(s)";
        }
        JsonNode items = schema.get("items");
        if (items != null && items.isObject()) {
            for (int i = 0; i < value.size(); i++) {
                String failure = check(items, value.get(i), where + "[" + i + "]", depth + 1);
                if (failure != null) {
                    return failure;
                }
            }
        }
        return null;
    }

    private String scalar(JsonNode schema, JsonNode value, String where) {
        JsonNode format = schema.get("format");
        if (format != null && value.isString()) {
            String text = value.asString();
            switch (format.asString()) {
                case "uuid":
                    if (!UUID_SHAPE.matcher(text).matches()) {
                        return where + " must be a UUID";
                    }
                    break;
                case "date-time":
                    try {
                        OffsetDateTime.parse(text);
                    } catch (DateTimeParseException e) {
                        return where + " must be an ISO-8601 date-time";
                    }
                    break;
                default:
                    break;
            }
        }
        if (value.isNumber()) {
            JsonNode minimum = schema.get("minimum");
            if (minimum != null && value.asDouble() < minimum.asDouble()) {
                return where + " must be at least " + minimum;
            }
            JsonNode maximum = schema.get("maximum");
            if (maximum != null && value.asDouble() > maximum.asDouble()) {
                return where + " must be at most " + maximum;
            }
            if (format != null && "int64".equals(format.asString()) && !isInteger(value)) {
                return where + " must be an integer";
            }
        }
        return null;
    }

    private static boolean matchesType(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (matchesType(option.asString(), value)) {
                    return true;
                }
            }
            return false;
        }
        return matchesType(type.asString(), value);
    }

    private static boolean matchesType(String type, JsonNode value) {
        return switch (type) {
            case "string" -> value.isString();
            case "integer" -> isInteger(value);
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "null" -> value.isNull();
            default -> true;
        };
    }

    static boolean isInteger(JsonNode value) {
        return value.isIntegralNumber() || value.isNumber() && value.asDouble() == Math.rint(value.asDouble());
    }

    private static boolean contains(JsonNode allowed, JsonNode value) {
        for (JsonNode option : allowed) {
            if (option.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalStateException("Only local references are expected in the Ashby spec: " + ref);
        }
        JsonNode node = spec;
        for (String part : ref.substring(2).split("/")) {
            String name = part.replace("~1", "/").replace("~0", "~");
            node = node.isArray() ? node.path(Integer.parseInt(name)) : node.path(name);
        }
        return node;
    }
}
