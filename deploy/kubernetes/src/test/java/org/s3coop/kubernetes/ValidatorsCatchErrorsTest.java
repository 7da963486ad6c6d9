package org.s3coop.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks of RenderAndValidateTest are only worth something if they refuse bad objects: they do. */
class ValidatorsCatchErrorsTest {

  static CrdSchemas crds;
  static Manifests prod;

  @BeforeAll
  static void setUp() {
    crds = CrdSchemas.load(Kustomize.moduleDir().resolve("schemas"));
    prod = Targets.rendered("overlays/prod");
  }

  private ObjectNode copy(String kind, String name) {
    return prod.find(kind, name).orElseThrow().deepCopy();
  }

  @Test
  void theRenderedObjectsUsedBelowAreValid() {
    assertThat(KubernetesSchemas.validate(copy("Deployment", "region-service"))).isEmpty();
    assertThat(crds.validate(copy("Kafka", "s3coop-kafka"))).isEmpty();
    assertThat(crds.validate(copy("KafkaTopic", "s3coop.regions.v1"))).isEmpty();
    assertThat(crds.validate(copy("Cluster", "s3coop-pg"))).isEmpty();
  }

  @Test
  void kubernetesUnknownFieldFails() {
    ObjectNode deployment = copy("Deployment", "region-service");
    ((ObjectNode) deployment.path("spec").path("template").path("spec").path("containers").get(0))
        .put("readinessProbePath", "/q/health/ready");
    assertThat(KubernetesSchemas.validate(deployment)).anyMatch(e -> e.contains("unknown field \"readinessProbePath\""));
  }

  @Test
  void kubernetesWrongTypeFails() {
    ObjectNode deployment = copy("Deployment", "region-service");
    ((ObjectNode) deployment.path("spec")).put("replicas", "two");
    assertThat(KubernetesSchemas.validate(deployment)).anyMatch(e -> e.contains("/spec/replicas: must be of type integer"));
    ObjectNode pdb = copy("PodDisruptionBudget", "region-service");
    ((ObjectNode) pdb.path("spec")).put("minAvailable", true);
    assertThat(KubernetesSchemas.validate(pdb)).isNotEmpty();
  }

  @Test
  void kubernetesUnknownMetadataFieldFails() {
    ObjectNode service = copy("Service", "region-service");
    ((ObjectNode) service.path("metadata")).put("label", "typo");
    assertThat(KubernetesSchemas.validate(service)).isNotEmpty();
  }

  @Test
  void strimziUnknownFieldAndWrongTypeFail() {
    ObjectNode topic = copy("KafkaTopic", "s3coop.regions.v1");
    ((ObjectNode) topic.path("spec")).put("replicationFactor", 3);
    assertThat(crds.validate(topic)).anyMatch(e -> e.contains("unknown field \"replicationFactor\""));

    ObjectNode pool = copy("KafkaNodePool", "dual-role");
    ((ObjectNode) pool.path("spec")).put("replicas", "3");
    assertThat(crds.validate(pool)).anyMatch(e -> e.contains("/spec/replicas: must be of type integer"));

    ObjectNode kafka = copy("Kafka", "s3coop-kafka");
    ((ObjectNode) kafka.path("spec").path("kafka").path("listeners").get(0)).put("type", "public");
    assertThat(crds.validate(kafka)).anyMatch(e -> e.contains("/spec/kafka/listeners/0/type"));
    ObjectNode kafka2 = copy("Kafka", "s3coop-kafka");
    ((ObjectNode) kafka2.path("spec").path("kafka")).put("replicas", 3);
    assertThat(crds.validate(kafka2)).anyMatch(e -> e.contains("unknown field \"replicas\""));
  }

  @Test
  void strimziMissingRequiredFieldFails() {
    ObjectNode pool = copy("KafkaNodePool", "dual-role");
    ((ObjectNode) pool.path("spec")).remove("roles");
    assertThat(crds.validate(pool)).anyMatch(e -> e.contains("missing required field \"roles\""));
  }

  @Test
  void cloudNativePgUnknownFieldAndWrongTypeFail() {
    ObjectNode cluster = copy("Cluster", "s3coop-pg");
    ((ObjectNode) cluster.path("spec")).put("replicas", 3);
    assertThat(crds.validate(cluster)).anyMatch(e -> e.contains("unknown field \"replicas\""));
    ObjectNode cluster2 = copy("Cluster", "s3coop-pg");
    ((ObjectNode) cluster2.path("spec")).put("instances", "3");
    assertThat(crds.validate(cluster2)).anyMatch(e -> e.contains("/spec/instances"));
  }

  @Test
  void cloudNativePgBackupFieldsAreCheckedAgainstTheRealCrd() {
    ObjectNode backup = copy("ScheduledBackup", "s3coop-pg-daily");
    ((ObjectNode) backup.path("spec")).put("method", "snapshot");
    assertThat(crds.validate(backup)).anyMatch(e -> e.contains("/spec/method"));
    ObjectNode missing = copy("ScheduledBackup", "s3coop-pg-daily");
    ((ObjectNode) missing.path("spec")).remove("schedule");
    assertThat(crds.validate(missing)).anyMatch(e -> e.contains("missing required field \"schedule\""));
    ObjectNode cluster = copy("Cluster", "s3coop-pg");
    ((ObjectNode) cluster.path("spec").path("backup")).put("retentionPolicy", "30 days");
    assertThat(crds.validate(cluster)).anyMatch(e -> e.contains("/spec/backup/retentionPolicy") && e.contains("does not match"));
    ObjectNode database = copy("Database", "s3coop-pg-region");
    ((ObjectNode) database.path("spec")).put("databaseReclaimPolicy", "keep");
    assertThat(crds.validate(database)).anyMatch(e -> e.contains("/spec/databaseReclaimPolicy"));
  }

  @Test
  void aServiceMonitorIsCheckedAgainstThePrometheusOperatorCrd() {
    ObjectNode monitor = Targets.rendered("overlays/prod+components/service-monitor").find("ServiceMonitor", "s3coop")
        .orElseThrow().deepCopy();
    assertThat(crds.knows(monitor)).isTrue();
    assertThat(crds.validate(monitor)).isEmpty();
    ((ObjectNode) monitor.path("spec").path("endpoints").get(0)).put("scrapeInterval", "30s");
    assertThat(crds.validate(monitor)).anyMatch(e -> e.contains("unknown field \"scrapeInterval\""));
  }

  @Test
  void customResourceMetadataIsCheckedToo() {
    ObjectNode topic = copy("KafkaTopic", "s3coop.regions.v1");
    ((ObjectNode) topic.path("metadata")).put("labelz", "x");
    assertThat(crds.validate(topic)).anyMatch(e -> e.startsWith("/metadata"));
  }

  @Test
  void anUnknownKindIsKnownToNeitherSchemaSet() {
    ObjectNode object = Manifests.YAML.createObjectNode();
    object.put("apiVersion", "example.org/v1");
    object.put("kind", "Gadget");
    object.putObject("metadata").put("name", "x");
    assertThat(crds.knows(object)).isFalse();
    assertThat(KubernetesSchemas.knows(object)).isFalse();
    assertThat(KubernetesSchemas.knows(copy("Deployment", "region-service"))).isTrue();
    assertThat(List.of("HorizontalPodAutoscaler", "NetworkPolicy", "Ingress", "ConfigMap"))
        .allSatisfy(kind -> assertThat(KubernetesSchemas.knows(prod.ofKind(kind).findFirst().orElseThrow())).isTrue());
  }
}
