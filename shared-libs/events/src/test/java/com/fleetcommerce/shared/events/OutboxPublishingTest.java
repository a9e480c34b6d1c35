package com.fleetcommerce.shared.events;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.shared.events.core.CloudEventCodec;
import com.fleetcommerce.shared.events.outbox.OutboxEntry;
import com.fleetcommerce.shared.events.outbox.OutboxProperties;
import com.fleetcommerce.shared.events.outbox.OutboxWriter;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.fleetcommerce.shared.events.KafkaTestClients.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@EventsIntegrationTest
class OutboxPublishingTest {

    private static final String LISTEN_APPLICATION_NAME = "outbox-relay-listen:events-test";

    @Autowired
    OutboxWriter outbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper jsonMapper;
    @Autowired
    Tracer tracer;
    @Autowired
    OutboxProperties properties;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void appendOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.append(TestTopics.WRITER, "order-0", new OrderPlacedTestEvent("order-0", 1)))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where message_key = 'order-0'", Long.class))
                .isZero();
    }

    @Test
    void rolledBackTransactionLeavesNoRowAndPublishesNothing() {
        UUID rolledBack = transactions.execute(status -> {
            UUID id = outbox.append(TestTopics.WRITER, "order-1", new OrderPlacedTestEvent("order-1", 1));
            status.setRollbackOnly();
            return id;
        });
        assertThat(rowCount(rolledBack)).isZero();

        // a later committed event of the same key: once it has arrived, the rolled-back one would have too
        UUID committed = transactions.execute(status ->
                outbox.append(TestTopics.WRITER, "order-1", new OrderPlacedTestEvent("order-1", 2)));
        try (var reader = new KafkaTestClients.TopicReader(bootstrapServers, TestTopics.WRITER)) {
            reader.awaitEventId(Duration.ofSeconds(15), committed.toString());
            assertThat(reader.readToEnd()).extracting(r -> header(r, "ce_id"))
                    .contains(committed.toString())
                    .doesNotContain(rolledBack.toString());
        }
    }

    @Test
    void committedEventIsPublishedWithCloudEventsHeadersKeyAndJsonPayloadThenMarked() {
        Span span = tracer.nextSpan().name("place-order").start();
        UUID id;
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            id = transactions.execute(status -> outbox.append(TestTopics.WRITER, "order-2", "order-2/line-1",
                    new OrderPlacedTestEvent("order-2", 3)));
        } finally {
            span.end();
        }

        ConsumerRecord<String, byte[]> record;
        try (var reader = new KafkaTestClients.TopicReader(bootstrapServers, TestTopics.WRITER)) {
            record = reader.awaitEventId(Duration.ofSeconds(15), id.toString());
        }

        assertThat(record.key()).isEqualTo("order-2");
        JsonNode payload = jsonMapper.readTree(new String(record.value(), StandardCharsets.UTF_8));
        assertThat(payload).isEqualTo(jsonMapper.readTree("{\"orderId\":\"order-2\",\"quantity\":3}"));
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(UUID.fromString(header(record, "ce_id")).version()).isEqualTo(7);
        assertThat(header(record, "ce_type")).isEqualTo("test.order.placed.v1");
        assertThat(header(record, "ce_source")).isEqualTo("/events-test");
        assertThat(header(record, "ce_subject")).isEqualTo("order-2/line-1");
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        assertThat(header(record, "traceparent"))
                .as("the writer's trace continues in the consumer")
                .startsWith("00-" + span.context().traceId() + "-");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(jdbc.queryForObject("select published_at from outbox_event where id = ?", Timestamp.class, id))
                        .isNotNull());
        Instant createdAt = jdbc.queryForObject("select created_at from outbox_event where id = ?", Timestamp.class, id)
                .toInstant();
        assertThat(CloudEventCodec.parseTime(header(record, "ce_time"))).isEqualTo(createdAt);
        assertThat(header(record, "ce_time")).endsWith("Z");
    }

    @Test
    void aBatchAppendPublishesEveryEntryInOrderAndRefusesToRunOutsideATransaction() {
        List<OutboxEntry> entries = List.of(
                OutboxEntry.of("order-b", new OrderPlacedTestEvent("order-b", 1)),
                new OutboxEntry("order-b", "order-b/2", new OrderPlacedTestEvent("order-b", 2)),
                OutboxEntry.of("order-b", new OrderPlacedTestEvent("order-b", 3)));
        assertThatThrownBy(() -> outbox.appendAll(TestTopics.WRITER, entries))
                .isInstanceOf(IllegalTransactionStateException.class);

        List<UUID> ids = transactions.execute(status -> outbox.appendAll(TestTopics.WRITER, entries));
        assertThat(ids).hasSize(3).doesNotHaveDuplicates();

        try (var reader = new KafkaTestClients.TopicReader(bootstrapServers, TestTopics.WRITER)) {
            reader.awaitEventId(Duration.ofSeconds(15), ids.get(2).toString());
            List<ConsumerRecord<String, byte[]>> batch = reader.readToEnd().stream()
                    .filter(r -> ids.contains(UUID.fromString(header(r, "ce_id")))).toList();
            assertThat(batch).extracting(r -> header(r, "ce_id"))
                    .containsExactly(ids.get(0).toString(), ids.get(1).toString(), ids.get(2).toString());
            assertThat(batch).extracting(r -> header(r, "ce_subject")).containsExactly("order-b", "order-b/2", "order-b");
            assertThat(batch).extracting(r -> jsonMapper.readTree(new String(r.value(), StandardCharsets.UTF_8))
                    .path("quantity").asInt()).containsExactly(1, 2, 3);
        }
    }

    @Test
    void aBatchEntryWithATraceOfItsOwnCarriesThatTraceTheOthersTheCurrentOne() {
        String callersTrace = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        Span span = tracer.nextSpan().name("combined-batch").start();
        List<UUID> ids;
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            ids = transactions.execute(status -> outbox.appendAll(TestTopics.WRITER, List.of(
                    OutboxEntry.of("order-c", new OrderPlacedTestEvent("order-c", 1)),
                    OutboxEntry.of("order-c", new OrderPlacedTestEvent("order-c", 2))
                            .inTrace(Map.of("traceparent", callersTrace)),
                    OutboxEntry.of("order-c", new OrderPlacedTestEvent("order-c", 3)).inTrace(Map.of()))));
        } finally {
            span.end();
        }

        try (var reader = new KafkaTestClients.TopicReader(bootstrapServers, TestTopics.WRITER)) {
            reader.awaitEventId(Duration.ofSeconds(15), ids.get(2).toString());
            List<ConsumerRecord<String, byte[]>> batch = reader.readToEnd().stream()
                    .filter(r -> ids.contains(UUID.fromString(header(r, "ce_id")))).toList();
            assertThat(batch).hasSize(3);
            assertThat(header(batch.get(0), "traceparent")).startsWith("00-" + span.context().traceId() + "-");
            assertThat(header(batch.get(1), "traceparent")).isEqualTo(callersTrace);
            assertThat(batch.get(2).headers().lastHeader("traceparent")).as("an entry of no trace").isNull();
        }
    }

    @Test
    void notificationWakesTheRelayLongBeforeThePollInterval() {
        assertThat(properties.pollInterval()).isEqualTo(Duration.ofMinutes(10));

        UUID id = transactions.execute(status ->
                outbox.append(TestTopics.LISTEN, "order-3", new OrderPlacedTestEvent("order-3", 1)));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(isPublished(id)).isTrue());
    }

    @Test
    void relayListensAgainAfterItsConnectionIsKilledAndPublishesWhatWasCommittedMeanwhile() {
        Integer oldPid = await().atMost(Duration.ofSeconds(10)).until(this::listenBackendPid, pid -> pid != null);
        Boolean terminated = jdbc.queryForObject("select pg_terminate_backend(?)", Boolean.class, oldPid);
        assertThat(terminated).isTrue();

        UUID id = transactions.execute(status ->
                outbox.append(TestTopics.LISTEN, "order-4", new OrderPlacedTestEvent("order-4", 1)));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(isPublished(id)).isTrue();
            assertThat(listenBackendPid()).isNotNull().isNotEqualTo(oldPid);
        });

        // and the new connection really listens: the next commit is published promptly too
        UUID next = transactions.execute(status ->
                outbox.append(TestTopics.LISTEN, "order-4", new OrderPlacedTestEvent("order-4", 2)));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(isPublished(next)).isTrue());
    }

    private Integer listenBackendPid() {
        List<Integer> pids = jdbc.queryForList("""
                select pid from pg_stat_activity
                where datname = current_database() and application_name = ?
                """, Integer.class, LISTEN_APPLICATION_NAME);
        return pids.isEmpty() ? null : pids.getFirst();
    }

    private long rowCount(UUID id) {
        return jdbc.queryForObject("select count(*) from outbox_event where id = ?", Long.class, id);
    }

    private boolean isPublished(UUID id) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select published_at is not null from outbox_event where id = ?", Boolean.class, id));
    }
}
