package com.fleetcommerce.user.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.shared.events.contracts.audit.AuditRecorded;
import com.fleetcommerce.shared.events.core.CloudEvent;
import com.fleetcommerce.shared.events.core.CloudEventCodec;
import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.TestJwts;
import com.fleetcommerce.user.UserIntegrationTest;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fleet's audit log: records another service publishes on {@code audit.events} are stored once however often
 * they are delivered, queryable by actor, resource, action and time; user-service's own actions arrive the same
 * way (through shared-audit and the outbox); the table refuses UPDATE, DELETE and TRUNCATE.
 */
@UserIntegrationTest
class AuditLogApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    String auditor;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        auditor = TestJwts.staff().permissions("audit:read").token();
    }

    @Test
    void recordsFromAnotherServiceAreStoredOnceAndQueryable() throws Exception {
        String actor = UUID.randomUUID().toString();
        String priceId = UUID.randomUUID().toString();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        AuditRecorded changed = record(actor, "price.changed", "price", priceId, at,
                "{\"amount\":\"100\"}", "{\"amount\":\"120\"}");
        AuditRecorded deleted = record(actor, "price.deleted", "price", priceId, at.plusSeconds(60), null, null);
        String changedEventId = UUID.randomUUID().toString();

        publish(changedEventId, changed);
        publish(changedEventId, changed);                        // redelivery: same event
        publish(UUID.randomUUID().toString(), changed);          // re-sent by the relay under a new id: same record
        publish(UUID.randomUUID().toString(), deleted);

        // one key, one partition, consumed in order: once the last record is stored, the duplicates before it
        // have been consumed too
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api.get("/api/v1/audit?action=price.deleted&resourceId=" + priceId, auditor).body()
                        .get("totalElements").asLong()).isEqualTo(1));
        assertThat(api.get("/api/v1/audit?resourceType=price&resourceId=" + priceId, auditor).body()
                .get("totalElements").asLong()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where resource_id = ?", Long.class, priceId))
                .isEqualTo(2);

        JsonNode byActor = api.get("/api/v1/audit?actor=" + actor, auditor).body();
        assertThat(byActor.get("items").valueStream().map(i -> i.get("action").asString()).toList())
                .containsExactly("price.deleted", "price.changed");            // newest first
        JsonNode first = byActor.get("items").get(1);
        assertThat(first.get("id").asString()).isEqualTo(changed.id().toString());
        assertThat(first.get("actorType").asString()).isEqualTo("staff");
        assertThat(first.get("service").asString()).isEqualTo("pricing-service");
        assertThat(first.get("ip").asString()).isEqualTo("203.0.113.9");
        assertThat(first.get("before").get("amount").asString()).isEqualTo("100");
        assertThat(first.get("after").get("amount").asString()).isEqualTo("120");
        assertThat(Instant.parse(first.get("at").asString())).isEqualTo(at);

        JsonNode byAction = api.get("/api/v1/audit?actor=" + actor + "&action=price.changed", auditor).body();
        assertThat(byAction.get("totalElements").asLong()).isEqualTo(1);
        JsonNode inWindow = api.get("/api/v1/audit?actor=" + actor + "&from=" + at.plusSeconds(30) + "&to="
                + at.plusSeconds(90), auditor).body();
        assertThat(inWindow.get("items").valueStream().map(i -> i.get("action").asString()).toList())
                .containsExactly("price.deleted");
        JsonNode before = api.get("/api/v1/audit?actor=" + actor + "&to=" + at, auditor).body();
        assertThat(before.get("totalElements").asLong()).isZero();
    }

    @Test
    void userServicesOwnStaffActionsAreAuditedThroughTheLibrary() {
        String adminId = UUID.randomUUID().toString();
        String admin = TestJwts.staff(adminId).permissions("users:manage", "roles:manage").token();
        String roleName = "audited-" + Long.toString(System.nanoTime(), 36);

        ApiClient.Response role = api.send(HttpMethod.POST, "/api/v1/roles", admin,
                Map.of("name", roleName, "permissions", List.of("catalog:read")), Map.of());
        ApiClient.Response created = api.send(HttpMethod.POST, "/api/v1/users", admin,
                Map.of("email", "audited." + UUID.randomUUID() + "@fleetcommerce.test", "name", "Dung Le",
                        "warehouseIds", List.of(), "roles", List.of(roleName)),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(role.status()).isEqualTo(201);
        assertThat(created.status()).isEqualTo(201);
        String userId = created.body().get("id").asString();
        api.send(HttpMethod.POST, "/api/v1/users/" + userId + "/roles/support", admin, null, Map.of());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode items = api.get("/api/v1/audit?actor=" + adminId, auditor).body().get("items");
            assertThat(items.valueStream().map(i -> i.get("action").asString()).toList())
                    .containsExactly("user.role-assigned", "user.created", "role.created");
        });
        JsonNode assigned = api.get("/api/v1/audit?resourceType=staff-user&resourceId=" + userId
                + "&action=user.role-assigned", auditor).body().get("items").get(0);
        assertThat(assigned.get("service").asString()).isEqualTo("user-service");
        assertThat(assigned.get("actorType").asString()).isEqualTo("staff");
        // only what changed: the roles and permissions, not the name or email
        assertThat(assigned.get("after").has("roles")).isTrue();
        assertThat(assigned.get("after").has("email")).isFalse();
        assertThat(assigned.get("ip").asString()).isEqualTo("127.0.0.1");
    }

    @Test
    void theAuditTableRefusesUpdateDeleteAndTruncate() {
        AuditRecorded entry = record("system:test", "thing.done", "thing", UUID.randomUUID().toString(),
                Instant.now(), null, null);
        publish(UUID.randomUUID().toString(), entry);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                jdbc.queryForObject("select count(*) from audit_entry where id = ?", Long.class, entry.id()) == 1);

        assertThatThrownBy(() -> jdbc.update("update audit_entry set action = 'forged' where id = ?", entry.id()))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where id = ?", entry.id()))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_entry"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");

        assertThat(jdbc.queryForObject("select action from audit_entry where id = ?", String.class, entry.id()))
                .isEqualTo("thing.done");
    }

    private static AuditRecorded record(String actor, String action, String type, String id, Instant at,
                                        String before, String after) {
        return new AuditRecorded(UUID.randomUUID(), actor, actor.startsWith("system:") ? "system" : "staff", action,
                type, id, before == null ? null : JSON.readTree(before), after == null ? null : JSON.readTree(after),
                "203.0.113.9", "4bf92f3577b34da6a3ce929d0e0e4736", at, "pricing-service");
    }

    /** As pricing-service's outbox relay would: CloudEvents binary-mode headers, JSON value, keyed by resource. */
    private void publish(String eventId, AuditRecorded record) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringSerializer(),
                new StringSerializer())) {
            ProducerRecord<String, String> message = new ProducerRecord<>(AuditRecorded.TOPIC,
                    record.resourceType() + ":" + record.resourceId(), JSON.writeValueAsString(record));
            CloudEventCodec.write(new CloudEvent(eventId, AuditRecorded.TYPE, "/pricing-service", Instant.now(),
                    record.resourceType() + ":" + record.resourceId()), Map.of(), message.headers());
            producer.send(message).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
