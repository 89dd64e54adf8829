package dev.crosswalk.deployment;

import static dev.crosswalk.deployment.KubernetesManifests.list;
import static dev.crosswalk.deployment.KubernetesManifests.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.deployment.KubernetesManifests.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/kubernetes}, validated offline in every build: each document against the Kubernetes
 * API schema (see {@link KubernetesManifests}), and together against what the gateway needs. The
 * negative cases prove the validator refuses what a cluster or an operator would trip over.
 */
class KubernetesManifestsTests {

    @Test
    void theShippedManifestsAreValidKubernetesObjects() {
        List<Document> documents = KubernetesManifests.load();

        assertThat(documents)
                .extracting(Document::kind)
                .containsExactlyInAnyOrder(
                        "ConfigMap",
                        "Deployment",
                        "HorizontalPodAutoscaler",
                        "PodDisruptionBudget",
                        "Secret",
                        "Service");
        assertThat(documents.stream().flatMap(document -> KubernetesManifests.schemaProblems(document).stream()))
                .isEmpty();
    }

    @Test
    void theShippedManifestsGiveTheGatewayWhatItNeeds() {
        assertThat(KubernetesManifests.crosswalkProblems(KubernetesManifests.load()))
                .isEmpty();
        assertThat(KubernetesManifests.kustomizationProblems()).isEmpty();
    }

    // ------------------------------------------------------------------ the schema refuses

    @Test
    void anUnknownFieldIsRefusedWhereverItIs() {
        List<Document> documents = KubernetesManifests.parse("deployment.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: crosswalk}
                spec:
                  selector: {matchLabels: {app: crosswalk}}
                  template:
                    metadata: {labels: {app: crosswalk}}
                    spec:
                      containers:
                        - name: gateway
                          image: crosswalk
                          readinessProbes:
                            httpGet: {path: /actuator/health/readiness, port: 8080}
                """);

        assertThat(KubernetesManifests.schemaProblems(documents.get(0)))
                .singleElement()
                .asString()
                .contains("`readinessProbes`", "V1Container");
    }

    @Test
    void aMissingRequiredFieldIsRefused() {
        assertThat(schemaProblemsOfDeployment(gateway -> gateway.remove("name")))
                .singleElement()
                .asString()
                .contains("required field", "name");
        assertThat(schemaProblemsOf(
                        "Deployment", deployment -> map(deployment, "spec").remove("selector")))
                .singleElement()
                .asString()
                .contains("required field", "selector");
    }

    @Test
    void aWrongTypeIsRefused() {
        assertThat(schemaProblemsOf(
                        "Deployment",
                        deployment -> map(map(deployment, "spec"), "template").put("spec", "not an object")))
                .isNotEmpty();
        assertThat(schemaProblemsOfDeployment(
                        gateway -> map(gateway, "startupProbe").put("periodSeconds", "two")))
                .singleElement()
                .asString()
                .contains("two");
        assertThat(schemaProblemsOfDeployment(gateway -> gateway.put("env", "CROSSWALK_AUTH_CACHE_TTL=30s")))
                .singleElement()
                .asString()
                .contains("wrong JSON type", "JsonArray");
    }

    @Test
    void aMalformedQuantityIsRefused() {
        assertThat(schemaProblemsOfDeployment(
                        gateway -> map(map(gateway, "resources"), "limits").put("memory", "1 GB")))
                .singleElement()
                .asString()
                .contains("quantity: 1 ");
    }

    @Test
    void aKindOrApiVersionWithoutASchemaIsRefused() {
        assertThat(schemaProblemsOf("Deployment", deployment -> deployment.put("apiVersion", "extensions/v1beta1")))
                .singleElement()
                .asString()
                .contains("no schema for apiVersion/kind extensions/v1beta1/Deployment");
        assertThat(schemaProblemsOf("HorizontalPodAutoscaler", hpa -> hpa.put("kind", "HorizontalPodAutoScaler")))
                .singleElement()
                .asString()
                .contains("no schema");
    }

    // ------------------------------------------------------------------ what the gateway needs

    @Test
    void aGracePeriodShorterThanPreStopPlusDrainIsRefused() {
        assertThat(crosswalkProblemsOf(
                        "Deployment", deployment -> pod(deployment).put("terminationGracePeriodSeconds", 30)))
                .singleElement()
                .asString()
                .contains("terminationGracePeriodSeconds is 30", "at least 50");
        assertThat(crosswalkProblemsOf(
                        "ConfigMap",
                        config -> map(config, "data").put("SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE", "2m")))
                .singleElement()
                .asString()
                .contains("at least 140");
    }

    @Test
    void aMissingPreStopSleepIsRefused() {
        assertThat(crosswalkProblemsOf(
                        "Deployment", deployment -> gateway(deployment).remove("lifecycle")))
                .singleElement()
                .asString()
                .contains("preStop sleep");
    }

    @Test
    void probesOnOtherPathsAreRefused() {
        assertThat(crosswalkProblemsOf(
                        "Deployment",
                        deployment -> map(map(gateway(deployment), "livenessProbe"), "httpGet")
                                .put("path", "/actuator/health")))
                .singleElement()
                .asString()
                .contains("livenessProbe must GET /actuator/health/liveness");
    }

    @Test
    void aSecretWrittenAsAValueOrIntoTheConfigMapIsRefused() {
        assertThat(crosswalkProblemsOf("Deployment", deployment -> {
                    Map<String, Object> adminToken = list(gateway(deployment), "env").stream()
                            .filter(env -> env.get("name").equals("CROSSWALK_ADMIN_TOKEN"))
                            .findFirst()
                            .orElseThrow();
                    adminToken.remove("valueFrom");
                    adminToken.put("value", "hunter2");
                }))
                .singleElement()
                .asString()
                .contains("CROSSWALK_ADMIN_TOKEN must be read from the Secret");
        assertThat(crosswalkProblemsOf(
                        "ConfigMap", config -> map(config, "data").put("CROSSWALK_VAULT_KEY", "AAAA")))
                .singleElement()
                .asString()
                .contains("CROSSWALK_VAULT_KEY is in the ConfigMap");
        assertThat(crosswalkProblemsOf(
                        "Secret", secret -> map(secret, "stringData").remove("SPRING_DATASOURCE_PASSWORD")))
                .singleElement()
                .asString()
                .contains("SPRING_DATASOURCE_PASSWORD reads key", "which the Secret does not define");
    }

    @Test
    void selectorsThatMissThePodsAreRefused() {
        assertThat(crosswalkProblemsOf(
                        "Service",
                        service -> map(map(service, "spec"), "selector")
                                .put("app.kubernetes.io/name", "crosswalk-gateway")))
                .singleElement()
                .asString()
                .contains("Service spec.selector");
        assertThat(crosswalkProblemsOf(
                        "HorizontalPodAutoscaler",
                        hpa -> map(map(hpa, "spec"), "scaleTargetRef").put("name", "gateway")))
                .singleElement()
                .asString()
                .contains("scaleTargetRef");
    }

    @Test
    void aHeapThatDoesNotFitTheMemoryLimitIsRefused() {
        assertThat(crosswalkProblemsOf(
                        "ConfigMap", config -> map(config, "data").put("JAVA_TOOL_OPTIONS", "-Xmx1g")))
                .singleElement()
                .asString()
                .contains("OOM-killed");
    }

    @Test
    void moreConnectionsThanPostgresqlGivesAreRefused() {
        assertThat(crosswalkProblemsOf(
                        "HorizontalPodAutoscaler", hpa -> map(hpa, "spec").put("maxReplicas", 30)))
                .singleElement()
                .asString()
                .contains("exceeds the 90");
    }

    @Test
    void tooFewReplicasToSurviveADrainAreRefused() {
        assertThat(crosswalkProblemsOf(
                        "HorizontalPodAutoscaler", hpa -> map(hpa, "spec").put("minReplicas", 2)))
                .singleElement()
                .asString()
                .contains("at least 2 replicas serving");
    }

    @Test
    void withoutAnExternalDatabaseNothingIsSharedSoItIsRefused() {
        assertThat(crosswalkProblemsOf(
                        "ConfigMap", config -> map(config, "data").remove("SPRING_DATASOURCE_URL")))
                .singleElement()
                .asString()
                .contains("SPRING_DATASOURCE_URL");
    }

    // ------------------------------------------------------------------ helpers

    /** The shipped documents, with the one of that kind changed. */
    private static List<Document> shippedWith(String kind, Consumer<Map<String, Object>> change) {
        List<Document> documents = new ArrayList<>(KubernetesManifests.load());
        Document target = documents.stream()
                .filter(document -> document.kind().equals(kind))
                .findFirst()
                .orElseThrow();
        change.accept(target.content());
        return documents;
    }

    private static List<String> schemaProblemsOf(String kind, Consumer<Map<String, Object>> change) {
        return shippedWith(kind, change).stream()
                .flatMap(document -> KubernetesManifests.schemaProblems(document).stream())
                .toList();
    }

    private static List<String> schemaProblemsOfDeployment(Consumer<Map<String, Object>> changeToGateway) {
        return schemaProblemsOf("Deployment", deployment -> changeToGateway.accept(gateway(deployment)));
    }

    private static List<String> crosswalkProblemsOf(String kind, Consumer<Map<String, Object>> change) {
        List<Document> documents = shippedWith(kind, change);
        assertThat(documents.stream().flatMap(document -> KubernetesManifests.schemaProblems(document).stream()))
                .as("still valid Kubernetes: only the gateway's own rules can refuse it")
                .isEmpty();
        return KubernetesManifests.crosswalkProblems(documents);
    }

    private static Map<String, Object> pod(Map<String, Object> deployment) {
        return map(map(map(deployment, "spec"), "template"), "spec");
    }

    private static Map<String, Object> gateway(Map<String, Object> deployment) {
        return list(pod(deployment), "containers").get(0);
    }
}
