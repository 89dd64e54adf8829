package dev.crosswalk.deployment;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.boot.convert.DurationStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Offline validation of {@code deploy/kubernetes}: every document against the Kubernetes API's own
 * schema, and the set of them against what Crosswalk needs from it.
 *
 * <p>The schema is the one in the official Kubernetes Java client ({@code io.kubernetes:client-java-api}),
 * whose models are generated from the Kubernetes OpenAPI document: its {@code validateJsonElement}
 * refuses unknown fields and missing required fields at every level, and reading the document into
 * the model refuses wrong types and malformed quantities. Nothing talks to a cluster.
 */
final class KubernetesManifests {

    static final Path DIRECTORY = Path.of("deploy", "kubernetes");
    /** Applied by hand from the operator's secret store, so not in the kustomization. */
    static final String SECRET_EXAMPLE = "secret.example.yaml";

    /** The kinds the gateway ships, by apiVersion and kind: anything else is an error, not skipped. */
    private static final Map<String, Class<?>> MODELS = Map.of(
            "v1/ConfigMap", V1ConfigMap.class,
            "v1/Secret", V1Secret.class,
            "v1/Service", V1Service.class,
            "apps/v1/Deployment", V1Deployment.class,
            "policy/v1/PodDisruptionBudget", V1PodDisruptionBudget.class,
            "autoscaling/v2/HorizontalPodAutoscaler", V2HorizontalPodAutoscaler.class);

    /** Must never be written into a manifest as a value, only read from the Secret. */
    static final Set<String> SECRET_VARIABLES =
            Set.of("CROSSWALK_ADMIN_TOKEN", "CROSSWALK_VAULT_KEY", "SPRING_DATASOURCE_PASSWORD");

    /** PostgreSQL's default max_connections (100) less its superuser reserve and room for admin sessions. */
    static final int DATABASE_CONNECTIONS = 90;

    /** What the JVM needs beside its heap (metaspace, code cache, threads, Netty): about 250-320 MiB measured. */
    static final long NON_HEAP_MIB = 320;

    private static final Gson GSON = new JSON().getGson();

    private KubernetesManifests() {}

    /** One YAML document of a file. */
    record Document(String file, Map<String, Object> content) {

        String kind() {
            return String.valueOf(content.get("kind"));
        }

        String name() {
            return String.valueOf(map(content, "metadata").get("name"));
        }

        @Override
        public String toString() {
            return file + ": " + kind() + " " + name();
        }
    }

    static List<Document> load() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            List<Document> documents = new ArrayList<>();
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                if (!file.getFileName().toString().equals("kustomization.yaml")) {
                    documents.addAll(parse(file.getFileName().toString(), Files.readString(file)));
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Document> parse(String file, String yaml) {
        List<Document> documents = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
            if (document != null) {
                documents.add(new Document(file, (Map<String, Object>) document));
            }
        }
        return documents;
    }

    static Map<String, Object> kustomization() {
        try {
            return parse("kustomization.yaml", Files.readString(DIRECTORY.resolve("kustomization.yaml")))
                    .get(0)
                    .content();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the Kubernetes API would refuse in this document; empty when it is valid. */
    static List<String> schemaProblems(Document document) {
        Map<String, Object> content = document.content();
        String type = content.get("apiVersion") + "/" + content.get("kind");
        Class<?> model = MODELS.get(type);
        if (model == null) {
            return List.of(document.file() + ": no schema for apiVersion/kind " + type + " (known: "
                    + MODELS.keySet().stream().sorted().toList() + ")");
        }
        JsonElement json = GSON.toJsonTree(content);
        try {
            Method validate = model.getMethod("validateJsonElement", JsonElement.class);
            validate.invoke(null, json);
            Objects.requireNonNull(GSON.fromJson(json, model));
            return List.of();
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            return List.of(document + ": "
                    + (cause instanceof ClassCastException ? "a value has the wrong JSON type: " : "")
                    + cause.getMessage());
        } catch (RuntimeException e) {
            return List.of(document + ": " + e.getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What Crosswalk needs of its deployment and these documents do not give it; empty when all is there. */
    static List<String> crosswalkProblems(List<Document> documents) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> deployment = only(documents, "Deployment", problems);
        Map<String, Object> config = only(documents, "ConfigMap", problems);
        Map<String, Object> secret = only(documents, "Secret", problems);
        Map<String, Object> service = only(documents, "Service", problems);
        Map<String, Object> budget = only(documents, "PodDisruptionBudget", problems);
        Map<String, Object> autoscaler = only(documents, "HorizontalPodAutoscaler", problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        String deploymentName = (String) map(deployment, "metadata").get("name");
        Map<String, Object> template = map(map(deployment, "spec"), "template");
        Map<String, Object> podLabels = map(map(template, "metadata"), "labels");
        Map<String, Object> pod = map(template, "spec");

        // Selectors: the Service, the budget and the Deployment itself must all find the pods.
        requireSelects(problems, "Deployment spec.selector", matchLabels(map(deployment, "spec")), podLabels);
        requireSelects(problems, "Service spec.selector", map(map(service, "spec"), "selector"), podLabels);
        requireSelects(problems, "PodDisruptionBudget spec.selector", matchLabels(map(budget, "spec")), podLabels);
        Map<String, Object> target = map(map(autoscaler, "spec"), "scaleTargetRef");
        if (!"Deployment".equals(target.get("kind")) || !deploymentName.equals(target.get("name"))) {
            problems.add("HorizontalPodAutoscaler scaleTargetRef must name Deployment " + deploymentName);
        }
        if (map(deployment, "spec").containsKey("replicas")) {
            problems.add("Deployment spec.replicas is set: the HorizontalPodAutoscaler owns the replica count");
        }

        List<Map<String, Object>> containers = list(pod, "containers");
        if (containers.size() != 1) {
            problems.add("the pod must run exactly one container, the gateway");
            return problems;
        }
        Map<String, Object> gateway = containers.get(0);
        Map<String, String> configData = strings(map(config, "data"));

        // Probes: Spring Boot's availability groups, on the port the gateway listens on.
        requireProbe(problems, gateway, "readinessProbe", "/actuator/health/readiness");
        requireProbe(problems, gateway, "livenessProbe", "/actuator/health/liveness");

        // Graceful shutdown: the grace period covers the preStop sleep, the drain and the rest.
        Map<String, Object> preStop = map(map(gateway, "lifecycle"), "preStop");
        long preStopSeconds = preStopSeconds(preStop);
        if (preStopSeconds < 5) {
            problems.add("the gateway container needs a preStop sleep of at least 5 s, so endpoints are removed"
                    + " before SIGTERM starts the drain (found " + preStopSeconds + " s)");
        }
        String drain = configData.get("SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE");
        if (drain == null) {
            problems.add("ConfigMap must set SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE (the drain's bound)");
        } else {
            long needed = preStopSeconds + DurationStyle.detectAndParse(drain).toSeconds() + 10;
            Object grace = pod.get("terminationGracePeriodSeconds");
            if (!(grace instanceof Number seconds) || seconds.longValue() < needed) {
                problems.add("terminationGracePeriodSeconds is " + grace + ": it must be at least " + needed
                        + " (preStop " + preStopSeconds + " s + drain " + drain + " + 10 s for the rest of the"
                        + " shutdown), or Kubernetes kills calls still draining");
            }
        }

        // Secrets come from the Secret, never from a literal or the ConfigMap.
        Map<String, String> secretKeys = secretKeys(secret);
        for (String variable : SECRET_VARIABLES) {
            if (configData.containsKey(variable)) {
                problems.add(variable + " is in the ConfigMap: it must come from the Secret");
            }
            Map<String, Object> entry = list(gateway, "env").stream()
                    .filter(env -> variable.equals(env.get("name")))
                    .findFirst()
                    .orElse(null);
            Map<String, Object> reference = entry == null ? Map.of() : map(map(entry, "valueFrom"), "secretKeyRef");
            if (entry == null || entry.containsKey("value") || reference.isEmpty()) {
                problems.add(variable + " must be read from the Secret with valueFrom.secretKeyRef");
            } else if (!map(secret, "metadata").get("name").equals(reference.get("name"))
                    || !secretKeys.containsKey(String.valueOf(reference.get("key")))) {
                problems.add(variable + " reads key " + reference.get("key") + " of Secret " + reference.get("name")
                        + ", which the Secret does not define");
            }
        }
        if (!configData.containsKey("SPRING_DATASOURCE_URL")) {
            problems.add("ConfigMap must set SPRING_DATASOURCE_URL: without it every replica starts its own"
                    + " embedded database and nothing is shared");
        }

        // Resources: the HPA's utilisation is relative to the CPU request; the heap must fit the limit.
        Map<String, Object> resources = map(gateway, "resources");
        Map<String, Object> requests = map(resources, "requests");
        Map<String, Object> limits = map(resources, "limits");
        if (!requests.containsKey("cpu") || !requests.containsKey("memory")) {
            problems.add("the gateway container needs CPU and memory requests (the HPA scales on CPU utilisation"
                    + " of the request)");
        }
        Long heap = heapMib(configData.get("JAVA_TOOL_OPTIONS"));
        if (heap == null) {
            problems.add("ConfigMap JAVA_TOOL_OPTIONS must fix the heap with -Xmx");
        } else if (!limits.containsKey("memory")
                || mebibytes(String.valueOf(limits.get("memory"))) < heap + NON_HEAP_MIB) {
            problems.add("memory limit " + limits.get("memory") + " is below the heap (" + heap + " MiB) plus "
                    + NON_HEAP_MIB + " MiB the JVM uses beside it: the pod would be OOM-killed at load");
        }

        // Replicas: survive one drain or loss, and stay within the database's connections.
        Map<String, Object> scaling = map(autoscaler, "spec");
        int minReplicas = ((Number) scaling.getOrDefault("minReplicas", 1)).intValue();
        int maxReplicas = ((Number) scaling.get("maxReplicas")).intValue();
        Object maxUnavailable = map(budget, "spec").get("maxUnavailable");
        if (!(maxUnavailable instanceof Number unavailable)
                || unavailable.intValue() < 1
                || minReplicas - unavailable.intValue() < 2) {
            problems.add("HPA minReplicas " + minReplicas + " and PodDisruptionBudget maxUnavailable " + maxUnavailable
                    + " must leave at least 2 replicas serving during a drain");
        }
        int pool = Integer.parseInt(configData.getOrDefault("SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE", "10"));
        if ((maxReplicas + 1) * pool > DATABASE_CONNECTIONS) {
            problems.add("(maxReplicas " + maxReplicas + " + 1 surge pod) x pool size " + pool + " = "
                    + (maxReplicas + 1) * pool + " connections exceeds the " + DATABASE_CONNECTIONS
                    + " a default PostgreSQL gives (docs/scaling.md)");
        }
        return problems;
    }

    /** Files of the directory the kustomization does not apply, or that it names and do not exist. */
    static List<String> kustomizationProblems() {
        List<String> problems = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        for (Object resource : (List<?>) kustomization().get("resources")) {
            listed.add(String.valueOf(resource));
            if (!Files.isRegularFile(DIRECTORY.resolve(String.valueOf(resource)))) {
                problems.add("kustomization.yaml lists " + resource + ", which does not exist");
            }
        }
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml"))
                    .filter(name -> !name.equals("kustomization.yaml") && !name.equals(SECRET_EXAMPLE))
                    .filter(name -> !listed.contains(name))
                    .forEach(name -> problems.add(name + " is not in kustomization.yaml's resources"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static Map<String, Object> only(List<Document> documents, String kind, List<String> problems) {
        List<Document> found =
                documents.stream().filter(d -> kind.equals(d.kind())).toList();
        if (found.size() != 1) {
            problems.add("expected exactly one " + kind + ", found " + found.size());
            return Map.of();
        }
        return found.get(0).content();
    }

    private static void requireSelects(
            List<String> problems, String what, Map<String, Object> selector, Map<String, Object> podLabels) {
        if (selector.isEmpty() || !podLabels.entrySet().containsAll(selector.entrySet())) {
            problems.add(what + " " + selector + " does not select the gateway's pods " + podLabels);
        }
    }

    private static Map<String, Object> matchLabels(Map<String, Object> spec) {
        return map(map(spec, "selector"), "matchLabels");
    }

    private static void requireProbe(List<String> problems, Map<String, Object> container, String probe, String path) {
        Map<String, Object> http = map(map(container, probe), "httpGet");
        List<Object> ports = new ArrayList<>();
        for (Map<String, Object> port : list(container, "ports")) {
            ports.add(port.get("name"));
            ports.add(port.get("containerPort"));
        }
        if (!path.equals(http.get("path")) || !ports.contains(http.get("port"))) {
            problems.add("the gateway's " + probe + " must GET " + path + " on its container port, found " + http);
        }
    }

    private static long preStopSeconds(Map<String, Object> preStop) {
        Object sleep = map(preStop, "sleep").get("seconds");
        if (sleep instanceof Number seconds) {
            return seconds.longValue();
        }
        List<?> command = (List<?>) map(preStop, "exec").get("command");
        if (command != null && command.size() == 2 && "sleep".equals(command.get(0))) {
            return Long.parseLong(String.valueOf(command.get(1)));
        }
        return 0;
    }

    private static Map<String, String> secretKeys(Map<String, Object> secret) {
        Map<String, String> keys = new LinkedHashMap<>(strings(map(secret, "stringData")));
        keys.putAll(strings(map(secret, "data")));
        return keys;
    }

    private static Long heapMib(String javaOptions) {
        if (javaOptions == null) {
            return null;
        }
        Matcher xmx = Pattern.compile("-Xmx(\\d+)([mMgG])").matcher(javaOptions);
        if (!xmx.find()) {
            return null;
        }
        long value = Long.parseLong(xmx.group(1));
        return xmx.group(2).equalsIgnoreCase("g") ? value * 1024 : value;
    }

    /** A Kubernetes memory quantity in MiB (binary and decimal suffixes). */
    static long mebibytes(String quantity) {
        return new io.kubernetes.client.custom.Quantity(quantity).getNumber().longValue() / (1024 * 1024);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent == null ? null : parent.get(key);
        return value instanceof Map<?, ?> child ? (Map<String, Object>) child : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        Object value = parent == null ? null : parent.get(key);
        return value instanceof List<?> items ? (List<Map<String, Object>>) items : List.of();
    }

    private static Map<String, String> strings(Map<String, Object> values) {
        Map<String, String> strings = new LinkedHashMap<>();
        values.forEach((key, value) -> strings.put(key, String.valueOf(value)));
        return strings;
    }
}
