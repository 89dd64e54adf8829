package dev.crosswalk.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Ashby's OpenAPI document as a source of test payloads, for any method's success response:
 * <ul>
 * <li>{@link #exampleResponse(String)}: one instance assembled from the spec's own {@code example}
 *     values (Ashby publishes examples per field, not per response), generated where a field has none;
 *     {@link #wholeExampleResponse(String)} takes the examples of whole objects and lists too;</li>
 * <li>{@link #randomResponse(String, Random)}: a random instance of the response schema, varied the way
 *     real answers vary — optional members missing or {@code null}, empty and longer arrays, enum values
 *     the spec does not list yet, members the spec does not know — so a mapper fed many of them proves
 *     it never fails on an answer Ashby may send.</li>
 * </ul>
 * The spec's {@code $ref}s point into other methods ({@code #/paths/~1job.list/...}); they are
 * resolved, and {@code allOf} parts merged, before generating. Use with jqwik:
 * {@code Arbitraries.randomValue(random -> SPEC.randomResponse("user.list", random))}.
 */
public final class AshbySpec {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String CLASSPATH_COPY = "/sandbox/ashby-openapi.json";
    private static final int MAX_DEPTH = 12;
    private static volatile AshbySpec loaded;

    private final JsonNode spec;

    private AshbySpec(JsonNode spec) {
        this.spec = spec;
    }

    /** The spec the sandbox serves from (Ashby's public OpenAPI document, kept in the sandbox's resources), read once. */
    public static AshbySpec load() {
        if (loaded == null) {
            JsonMapper json = JsonMapper.builder().build();
            try (InputStream in = AshbySpec.class.getResourceAsStream(CLASSPATH_COPY)) {
                loaded = new AshbySpec(json.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loaded;
    }

    /** The schema of the method's successful 200 answer (the first alternative of its {@code oneOf}). */
    public JsonNode responseSchema(String method) {
        JsonNode schema = spec.path("paths")
                .path("/" + method)
                .path("post")
                .path("responses")
                .path("200")
                .path("content")
                .path("application/json")
                .path("schema");
        if (schema.isMissingNode()) {
            throw new IllegalArgumentException("The spec has no 200 answer for " + method);
        }
        JsonNode resolved = resolve(schema);
        return resolved.has("oneOf") ? resolved.get("oneOf").get(0) : resolved;
    }

    /** The method's success answer built from the spec's examples of single fields. */
    public JsonNode exampleResponse(String method) {
        return succeeded(new Generator(null, false).instance(responseSchema(method), 0, true));
    }

    /**
     * The method's success answer with the spec's examples taken whole: an object or list the spec
     * gives an example of is that example, an array whose item schema lists {@code examples} is those
     * items (e.g. one custom field of each kind); the rest as {@link #exampleResponse}.
     */
    public JsonNode wholeExampleResponse(String method) {
        return succeeded(new Generator(null, true).instance(responseSchema(method), 0, true));
    }

    /** A random success answer of the method, with the variations described above. */
    public JsonNode randomResponse(String method, Random random) {
        return succeeded(new Generator(random, false).instance(responseSchema(method), 0, true));
    }

    /** The items of an answer's {@code results} array, or its single {@code results} object. */
    public static List<JsonNode> results(JsonNode envelope) {
        JsonNode results = envelope.path("results");
        List<JsonNode> all = new ArrayList<>();
        if (results.isArray()) {
            results.forEach(all::add);
        } else if (results.isObject()) {
            all.add(results);
        }
        return all;
    }

    /** The schema only says {@code success} is a boolean; a success answer says true (false means an error to any client). */
    private static JsonNode succeeded(JsonNode answer) {
        if (answer instanceof ObjectNode envelope) {
            envelope.put("success", true);
        }
        return answer;
    }

    /** {@code $ref} followed (with its sibling keywords kept) until the schema is inline. */
    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current.isObject() && current.has("$ref"); hops++) {
            if (hops > 50) {
                throw new IllegalStateException("$ref cycle at " + current.get("$ref"));
            }
            JsonNode target = pointer(current.get("$ref").asString());
            ObjectNode merged = NODES.objectNode();
            target.properties().forEach(entry -> merged.set(entry.getKey(), entry.getValue()));
            current.properties().forEach(entry -> {
                if (!entry.getKey().equals("$ref")) {
                    merged.set(entry.getKey(), entry.getValue());
                }
            });
            current = merged;
        }
        return current;
    }

    private JsonNode pointer(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("Only local $refs are supported: " + ref);
        }
        JsonNode node = spec;
        for (String part : ref.substring(2).split("/")) {
            String name = part.replace("~1", "/").replace("~0", "~");
            node = node.isArray() ? node.path(Integer.parseInt(name)) : node.path(name);
        }
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("Dangling $ref " + ref);
        }
        return node;
    }

    /** One schema with its {@code allOf} parts (and theirs) merged: properties and required lists united. */
    private ObjectNode flatten(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        ObjectNode flat = NODES.objectNode();
        Map<String, List<JsonNode>> properties = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>();
        List<JsonNode> parts = new ArrayList<>();
        parts.add(resolved);
        if (resolved.has("allOf")) {
            resolved.get("allOf").forEach(part -> parts.add(flatten(part)));
        }
        for (JsonNode part : parts) {
            part.properties().forEach(entry -> {
                switch (entry.getKey()) {
                    case "allOf" -> {}
                    case "properties" ->
                        entry.getValue()
                                .properties()
                                .forEach(property -> properties
                                        .computeIfAbsent(property.getKey(), name -> new ArrayList<>())
                                        .add(property.getValue()));
                    case "required" -> entry.getValue().forEach(name -> required.add(name.asString()));
                    default -> {
                        if (!flat.has(entry.getKey())) {
                            flat.set(entry.getKey(), entry.getValue());
                        }
                    }
                }
            });
        }
        if (!properties.isEmpty()) {
            ObjectNode merged = flat.putObject("properties");
            properties.forEach((name, schemas) -> {
                if (schemas.size() == 1) {
                    merged.set(name, schemas.get(0));
                } else {
                    ArrayNode allOf = NODES.arrayNode();
                    schemas.forEach(allOf::add);
                    merged.set(name, NODES.objectNode().set("allOf", allOf));
                }
            });
        }
        if (!required.isEmpty()) {
            ArrayNode names = flat.putArray("required");
            required.forEach(names::add);
        }
        return flat;
    }

    /** Generates instances; {@code random} null means "the examples, deterministically". */
    private final class Generator {

        private final Random random;
        private final boolean wholeExamples;

        Generator(Random random, boolean wholeExamples) {
            this.random = random;
            this.wholeExamples = wholeExamples;
        }

        private boolean chance(double probability) {
            return random != null && random.nextDouble() < probability;
        }

        JsonNode instance(JsonNode rawSchema, int depth, boolean exampleAllowed) {
            ObjectNode schema = flatten(rawSchema);
            JsonNode alternatives = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
            if (alternatives != null && alternatives.size() > 0) {
                JsonNode pick = alternatives.get(random == null ? 0 : random.nextInt(alternatives.size()));
                ObjectNode merged = flatten(pick);
                schema.properties().forEach(entry -> {
                    if (!entry.getKey().equals("oneOf")
                            && !entry.getKey().equals("anyOf")
                            && !merged.has(entry.getKey())) {
                        merged.set(entry.getKey(), entry.getValue());
                    }
                });
                return instance(merged, depth, exampleAllowed);
            }
            if (schema.has("const")) {
                return schema.get("const");
            }
            String type = type(schema);
            if (schema.has("enum") && schema.get("enum").size() > 0) {
                if ("string".equals(type) && chance(0.15)) {
                    return NODES.stringNode("NotInTheSpec" + random.nextInt(1000));
                }
                JsonNode values = schema.get("enum");
                return values.get(random == null ? 0 : random.nextInt(values.size()));
            }
            if (random == null && exampleAllowed) {
                boolean composite = "object".equals(type) || "array".equals(type);
                JsonNode example = !composite ? example(schema) : wholeExamples ? schema.get("example") : null;
                if (example != null && !example.isNull()) {
                    return example;
                }
            }
            return switch (type) {
                case "object" -> object(schema, depth);
                case "array" -> array(schema, depth);
                case "string" -> string(schema);
                case "integer" -> NODES.numberNode(random == null ? 1 : random.nextInt(1_000_000));
                case "number" ->
                    random == null
                            ? NODES.numberNode(1)
                            : random.nextBoolean()
                                    ? NODES.numberNode(random.nextInt(100_000))
                                    : NODES.numberNode(random.nextDouble() * 1000);
                case "boolean" -> NODES.booleanNode(random == null || random.nextBoolean());
                case "null" -> NODES.nullNode();
                default -> anything();
            };
        }

        private JsonNode example(JsonNode schema) {
            if (schema.has("example")) {
                return schema.get("example");
            }
            if (schema.has("examples")
                    && schema.get("examples").isArray()
                    && schema.get("examples").size() > 0) {
                return schema.get("examples").get(0);
            }
            return null;
        }

        private String type(JsonNode schema) {
            JsonNode type = schema.get("type");
            if (type != null && type.isString()) {
                return type.asString();
            }
            if (type != null && type.isArray() && type.size() > 0) {
                List<String> types = new ArrayList<>();
                type.forEach(each -> types.add(each.asString()));
                // 3.1 nullability: null sometimes, otherwise the real type
                if (types.size() > 1 && types.contains("null") && !chance(0.2)) {
                    types.remove("null");
                }
                return types.get(random == null ? 0 : random.nextInt(types.size()));
            }
            if (schema.has("properties") || schema.has("additionalProperties")) {
                return "object";
            }
            if (schema.has("items")) {
                return "array";
            }
            return "any";
        }

        private JsonNode object(JsonNode schema, int depth) {
            ObjectNode object = NODES.objectNode();
            Set<String> required = new LinkedHashSet<>();
            schema.path("required").forEach(name -> required.add(name.asString()));
            JsonNode properties = schema.path("properties");
            for (Iterator<Map.Entry<String, JsonNode>> it =
                            properties.properties().iterator();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                String name = property.getKey();
                if (required.contains(name)) {
                    object.set(
                            name,
                            depth > MAX_DEPTH ? NODES.nullNode() : instance(property.getValue(), depth + 1, true));
                } else if (random == null) {
                    if (depth <= MAX_DEPTH) {
                        object.set(name, instance(property.getValue(), depth + 1, true));
                    }
                } else if (depth <= MAX_DEPTH && chance(0.6)) {
                    object.set(name, instance(property.getValue(), depth + 1, true));
                } else if (chance(0.3)) {
                    // Ashby sends null for many absent values (creditedToUser, timezone, ...)
                    object.putNull(name);
                }
            }
            JsonNode additional = schema.get("additionalProperties");
            if (random != null && properties.isEmpty() && depth <= MAX_DEPTH) {
                // a free-form object (e.g. submitted form values): a few members of what it allows
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(
                            "key" + i,
                            additional != null && additional.isObject()
                                    ? instance(additional, depth + 1, true)
                                    : anything());
                }
            }
            if (chance(0.25)) {
                object.put(
                        "fieldAshbyAddedLater" + random.nextInt(100),
                        random.nextBoolean() ? "new" : "{\"nested\":true}");
            }
            if (chance(0.1)) {
                object.set(
                        "objectAshbyAddedLater",
                        NODES.objectNode().put("id", UUID.randomUUID().toString()));
            }
            return object;
        }

        private JsonNode array(JsonNode schema, int depth) {
            ArrayNode array = NODES.arrayNode();
            int min = schema.path("minItems").asInt(0);
            int size = random == null ? Math.max(1, min) : Math.max(min, depth > MAX_DEPTH ? 0 : random.nextInt(4));
            JsonNode items = schema.has("items") ? schema.get("items") : NODES.objectNode();
            JsonNode exampleItems = flatten(items).path("examples");
            if (wholeExamples && exampleItems.isArray() && !exampleItems.isEmpty()) {
                return exampleItems.deepCopy(); // e.g. one custom field of each kind
            }
            for (int i = 0; i < size; i++) {
                array.add(instance(items, depth + 1, true));
            }
            return array;
        }

        private JsonNode string(JsonNode schema) {
            String format = schema.path("format").asString("");
            if (random == null) {
                JsonNode example = example(schema);
                if (example != null && example.isString()) {
                    return example;
                }
            }
            Instant instant = random == null
                    ? Instant.parse("2024-01-31T09:30:00.000Z")
                    : Instant.parse("2020-01-01T00:00:00Z")
                            .plus(random.nextInt(2_500 * 24 * 60), ChronoUnit.MINUTES)
                            .plusMillis(random.nextInt(1000));
            return NODES.stringNode(
                    switch (format) {
                        case "uuid" ->
                            random == null
                                    ? "00000000-0000-4000-8000-000000000001"
                                    : new UUID(random.nextLong(), random.nextLong()).toString();
                        case "date-time" ->
                            instant.truncatedTo(ChronoUnit.MILLIS).toString();
                        case "date" ->
                            LocalDate.ofInstant(instant, java.time.ZoneOffset.UTC)
                                    .toString();
                        case "email" -> "someone" + (random == null ? "" : random.nextInt(1000)) + "@example.com";
                        case "uri", "url" -> "https://example.com/" + (random == null ? "" : random.nextInt(1000));
                        default -> text();
                    });
        }

        private String text() {
            if (random == null) {
                return "text";
            }
            String[] samples = {
                "", "Ada", "Grace Hopper", "émilie du Châtelet", "<b>bold</b> note", "a\nb", "   ", "x".repeat(300)
            };
            return samples[random.nextInt(samples.length)];
        }

        private JsonNode anything() {
            if (random == null) {
                return NODES.stringNode("value");
            }
            return switch (random.nextInt(5)) {
                case 0 -> NODES.stringNode(text());
                case 1 -> NODES.numberNode(random.nextInt(1000));
                case 2 -> NODES.booleanNode(random.nextBoolean());
                case 3 -> NODES.arrayNode().add("one").add(2);
                default -> NODES.objectNode().put("value", random.nextInt(10)).put("currencyCode", "EUR");
            };
        }
    }
}
