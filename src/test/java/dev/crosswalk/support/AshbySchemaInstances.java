package dev.crosswalk.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
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
 * Instances of Ashby's response schemas, generated from the OpenAPI spec, for tests that must hold
 * for every answer Ashby may give rather than for a few hand-picked ones.
 * <ul>
 * <li>{@link #randomResponse}: a random success envelope of a method. Optional properties are
 *     sometimes absent and sometimes {@code null}, arrays are often empty, {@code oneOf} branches vary,
 *     and — as Ashby evolves — string enums sometimes carry a value the spec does not list and objects
 *     sometimes carry properties it does not define.</li>
 * <li>{@link #exampleResponse}: the spec's own examples wherever it gives one, every property
 *     present otherwise (deterministic).</li>
 * </ul>
 * The spec is read from the sandbox's copy on the classpath.
 * Usage: {@code AshbySchemaInstances.spec().randomResponse("offer.list", new Random(seed)).path("results")}.
 */
public final class AshbySchemaInstances {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 24;
    private static final Instant EPOCH = Instant.parse("2020-01-01T00:00:00Z");
    private static volatile AshbySchemaInstances loaded;

    private final JsonNode spec;

    private AshbySchemaInstances(JsonNode spec) {
        this.spec = spec;
    }

    /** The spec, read once per JVM. */
    public static AshbySchemaInstances spec() {
        if (loaded == null) {
            synchronized (AshbySchemaInstances.class) {
                if (loaded == null) {
                    loaded = new AshbySchemaInstances(read());
                }
            }
        }
        return loaded;
    }

    private static JsonNode read() {
        try (InputStream in = AshbySchemaInstances.class.getResourceAsStream("/sandbox/ashby-openapi.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A random success answer of {@code method} (e.g. {@code application.list}). */
    public JsonNode randomResponse(String method, Random random) {
        return envelope(method, new Generator(random, false));
    }

    /** The success answer of {@code method} built from the spec's examples (complete, deterministic). */
    public JsonNode exampleResponse(String method) {
        return envelope(method, new Generator(new Random(0), true));
    }

    /** The schema of {@code method}'s successful HTTP 200 answer, with every {@code $ref} and {@code allOf} merged in. */
    public JsonNode successSchema(String method) {
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
        ObjectNode flat = flatten(schema);
        if (flat.has("oneOf") || flat.has("anyOf")) {
            for (JsonNode branch : flat.has("oneOf") ? flat.get("oneOf") : flat.get("anyOf")) {
                ObjectNode candidate = flatten(branch);
                if (candidate.path("properties").has("results")) {
                    return candidate;
                }
            }
        }
        return flat;
    }

    private JsonNode envelope(String method, Generator generator) {
        ObjectNode envelope = (ObjectNode) generator.value(successSchema(method), 0);
        envelope.put("success", true);
        if (envelope.has("moreDataAvailable")) {
            boolean more = envelope.get("moreDataAvailable").asBoolean(false);
            if (more) {
                envelope.put("nextCursor", "cursor-" + generator.random.nextInt(1000));
            } else {
                envelope.remove("nextCursor");
            }
        }
        return envelope;
    }

    /** The schema with {@code $ref} resolved and {@code allOf} merged (recursively at the top level only). */
    private ObjectNode flatten(JsonNode schema) {
        ObjectNode flat = NODES.objectNode();
        merge(flat, schema, new LinkedHashSet<>());
        return flat;
    }

    private void merge(ObjectNode into, JsonNode schema, Set<String> refs) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            if (refs.add(ref)) {
                merge(into, resolve(ref), refs);
                refs.remove(ref);
            }
        }
        for (Map.Entry<String, JsonNode> member : schema.properties()) {
            String key = member.getKey();
            JsonNode value = member.getValue();
            switch (key) {
                case "$ref" -> {}
                case "allOf" -> value.forEach(part -> merge(into, part, refs));
                case "properties" -> {
                    ObjectNode properties =
                            into.has("properties") ? (ObjectNode) into.get("properties") : into.putObject("properties");
                    value.properties().forEach(property -> properties.set(property.getKey(), property.getValue()));
                }
                case "required" -> {
                    ArrayNode required =
                            into.has("required") ? (ArrayNode) into.get("required") : into.putArray("required");
                    value.forEach(required::add);
                }
                default -> {
                    if (!into.has(key)) {
                        into.set(key, value);
                    }
                }
            }
        }
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("Only local references are supported: " + ref);
        }
        JsonNode node = spec;
        for (String part : ref.substring(2).split("/")) {
            String name = part.replace("~1", "/").replace("~0", "~");
            node = node.isArray() ? node.get(Integer.parseInt(name)) : node.get(name);
            if (node == null) {
                throw new IllegalArgumentException("Unresolvable reference " + ref);
            }
        }
        return node;
    }

    /** Walks one schema into one instance. */
    private final class Generator {

        final Random random;
        final boolean examples;

        Generator(Random random, boolean examples) {
            this.random = random;
            this.examples = examples;
        }

        JsonNode value(JsonNode rawSchema, int depth) {
            ObjectNode schema = flatten(rawSchema);
            if (examples && schema.has("example") && !schema.get("example").isNull()) {
                return schema.get("example").deepCopy();
            }
            if (schema.has("oneOf") || schema.has("anyOf")) {
                JsonNode branches = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
                ObjectNode chosen = schema.deepCopy();
                chosen.remove(List.of("oneOf", "anyOf"));
                merge(chosen, branches.get(examples ? 0 : random.nextInt(branches.size())), new LinkedHashSet<>());
                return value(chosen, depth + 1);
            }
            if (schema.has("const")) {
                return schema.get("const").deepCopy();
            }
            if (schema.has("enum")) {
                return enumValue(schema);
            }
            String type = type(schema);
            return switch (type) {
                case "null" -> NODES.nullNode();
                case "object" -> object(schema, depth);
                case "array" -> array(schema, depth);
                case "string" -> string(schema);
                case "integer" -> NODES.numberNode(examples ? 1 : random.nextInt(2_000_000) - 1_000);
                case "number" -> NODES.numberNode(examples ? 1.5 : random.nextInt(10_000_000) / 100.0);
                case "boolean" -> NODES.booleanNode(examples || random.nextBoolean());
                default -> NODES.stringNode("any-" + random.nextInt(100));
            };
        }

        private String type(ObjectNode schema) {
            JsonNode type = schema.get("type");
            if (type == null) {
                return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
            }
            if (type.isArray()) {
                List<String> types = new ArrayList<>();
                type.forEach(t -> types.add(t.asString()));
                if (examples) {
                    return types.stream()
                            .filter(t -> !t.equals("null"))
                            .findFirst()
                            .orElse("null");
                }
                return types.get(random.nextInt(types.size()));
            }
            return type.asString();
        }

        private JsonNode enumValue(ObjectNode schema) {
            JsonNode values = schema.get("enum");
            boolean textual = values.size() > 0 && values.get(0).isString();
            if (!examples && textual && random.nextInt(10) == 0) {
                // a value Ashby added after the spec was captured: enums must stay open
                return NODES.stringNode("FutureValue" + random.nextInt(100));
            }
            return values.get(examples ? 0 : random.nextInt(values.size())).deepCopy();
        }

        private JsonNode object(ObjectNode schema, int depth) {
            ObjectNode object = NODES.objectNode();
            Set<String> required = new LinkedHashSet<>();
            schema.path("required").forEach(name -> required.add(name.asString()));
            JsonNode properties = schema.path("properties");
            for (Iterator<Map.Entry<String, JsonNode>> it =
                            properties.properties().iterator();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                boolean isRequired = required.contains(property.getKey());
                if (!isRequired && !examples) {
                    int dice = random.nextInt(100);
                    if (dice < 35 || depth > MAX_DEPTH) {
                        continue;
                    }
                    if (dice < 50) {
                        object.putNull(property.getKey());
                        continue;
                    }
                }
                if (depth > MAX_DEPTH && !isRequired) {
                    continue;
                }
                object.set(property.getKey(), value(property.getValue(), depth + 1));
            }
            JsonNode additional = schema.get("additionalProperties");
            if (properties.isEmpty() && !examples) {
                // a free-form object (e.g. submitted form values): a few keys of any scalar
                int keys = random.nextInt(4);
                for (int i = 0; i < keys; i++) {
                    object.set(
                            "key" + i,
                            additional != null && additional.isObject() ? value(additional, depth + 1) : scalar());
                }
            } else if (!examples && random.nextInt(5) == 0) {
                object.set("addedLater" + random.nextInt(10), scalar());
            }
            return object;
        }

        private JsonNode array(ObjectNode schema, int depth) {
            ArrayNode array = NODES.arrayNode();
            int min = schema.path("minItems").asInt(0);
            int size = examples ? Math.max(1, min) : depth > MAX_DEPTH ? min : min + random.nextInt(4);
            JsonNode items = schema.has("items")
                    ? schema.get("items")
                    : NODES.objectNode().put("type", "string");
            ObjectNode itemSchema = flatten(items);
            if (examples
                    && itemSchema.path("examples").isArray()
                    && !itemSchema.path("examples").isEmpty()) {
                // the spec's example items, e.g. one custom field of each kind
                return itemSchema.get("examples").deepCopy();
            }
            for (int i = 0; i < size; i++) {
                array.add(value(items, depth + 1));
            }
            return array;
        }

        private JsonNode string(ObjectNode schema) {
            String format = schema.path("format").asString("");
            return switch (format) {
                case "date-time" ->
                    NODES.stringNode(EPOCH.plus(examples ? 0 : random.nextInt(3_000_000), ChronoUnit.MINUTES)
                            .plusMillis(examples ? 0 : random.nextInt(1000))
                            .toString());
                case "date" ->
                    NODES.stringNode(LocalDate.of(2024, 1, 1)
                            .plusDays(examples ? 0 : random.nextInt(2000))
                            .toString());
                case "uuid" -> NODES.stringNode(new UUID(random.nextLong(), random.nextLong()).toString());
                case "email" -> NODES.stringNode("person" + random.nextInt(1000) + "@example.com");
                case "uri", "url" -> NODES.stringNode("https://example.com/" + random.nextInt(1000));
                default -> NODES.stringNode(examples ? "text" : words());
            };
        }

        private String words() {
            String[] words = {"alpha", "Beta", "gamma delta", "", "ünïcode", "x"};
            return words[random.nextInt(words.length)] + (random.nextBoolean() ? "" : " " + random.nextInt(100));
        }

        private JsonNode scalar() {
            return switch (random.nextInt(4)) {
                case 0 -> NODES.stringNode(words());
                case 1 -> NODES.numberNode(random.nextInt(100));
                case 2 -> NODES.booleanNode(random.nextBoolean());
                default -> NODES.nullNode();
            };
        }
    }

    /** Helper for tests: the items of a {@code results} array, or the single {@code results} object. */
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
}
