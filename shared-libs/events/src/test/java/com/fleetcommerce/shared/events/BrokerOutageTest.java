package com.fleetcommerce.shared.events;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fleetcommerce.shared.events.outbox.OutboxCleanup;
import com.fleetcommerce.shared.events.outbox.OutboxMetrics;
import com.fleetcommerce.shared.events.outbox.OutboxWriter;
import com.fleetcommerce.testsupport.FreshPostgresDatabase;
import com.fleetcommerce.testsupport.LateKafkaBroker;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static com.fleetcommerce.shared.events.KafkaTestClients.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events written while no broker is reachable wait in the outbox, then all arrive exactly once and in order when a
 * broker starts on the address the relay was configured with. Also cleanup and metrics, while nothing can be published.
 */
@SpringBootTest(classes = EventsTestApplication.class, properties = {
        "spring.application.name=events-outage-test",
        "platform.outbox.poll-interval=10m",
        "platform.outbox.initial-backoff=100ms",
        "platform.outbox.max-backoff=1s",
        "platform.outbox.metrics-refresh-interval=200ms",
        "platform.outbox.producer.max.block.ms=1000",
        "platform.outbox.producer.request.timeout.ms=1000",
        "platform.outbox.producer.delivery.timeout.ms=3000"
})
@FreshPostgresDatabase
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrokerOutageTest {

    private static final String TOPIC = "outage.events";
    private static final String CLEANUP_TOPIC = "outage.cleanup";
    private static final int EVENTS = 200;
    private static final int KEYS = 10;
    private static final LateKafkaBroker BROKER = new LateKafkaBroker();

    @Autowired
    OutboxWriter outbox;
    @Autowired
    OutboxCleanup cleanup;
    @Autowired
    OutboxMetrics metrics;
    @Autowired
    MeterRegistry meterRegistry;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void brokerThatIsNotThereYet(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", BROKER::bootstrapServers);
    }

    @AfterAll
    static void stopBroker() {
        BROKER.close();
    }

    @Test
    @Order(1)
    void cleanupDeletesOnlyPublishedRowsOlderThanTheRetention() {
        UUID oldPublished = insertRow("now() - interval '8 days'", "now() - interval '8 days'");
        UUID recentPublished = insertRow("now() - interval '8 days'", "now() - interval '6 days'");
        UUID oldUnpublished = insertRow("now() - interval '30 days'", "null");

        int deleted = cleanup.run();

        assertThat(deleted).isEqualTo(1);
        assertThat(exists(oldPublished)).isFalse();
        assertThat(exists(recentPublished)).isTrue();
        assertThat(exists(oldUnpublished)).as("unpublished rows are never deleted").isTrue();
    }

    @Test
    @Order(2)
    void eventsWrittenWhileTheBrokerIsDownArriveExactlyOnceAndInOrderWhenItIsBack() {
        for (int i = 0; i < EVENTS; i++) {
            String key = "sku-" + (i % KEYS);
            int number = i;
            transactions.executeWithoutResult(status ->
                    outbox.append(TOPIC, key, new SequencedTestEvent(key, number)));
        }
        long backlog = EVENTS + 1; // plus the old unpublished row of the cleanup test

        // the relay has tried, failed and recorded it, and published nothing
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(count("attempts > 0 and last_error is not null and topic = '" + TOPIC + "'")).isPositive();
            assertThat(meterRegistry.get("outbox.publish.failures").counter().count()).isPositive();
        });
        assertThat(count("published_at is not null and topic = '" + TOPIC + "'")).isZero();
        // the gauges, refreshed by the periodic task (not by this test)
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(meterRegistry.get("outbox.backlog").gauge().value()).isEqualTo(backlog);
            assertThat(meterRegistry.get("outbox.oldest.unpublished.age").gauge().value())
                    .isBetween(Duration.ofDays(30).toSeconds() - 60.0, Duration.ofDays(30).toSeconds() + 60.0);
        });
        assertThat(meterRegistry.get("outbox.published").counter().count()).isZero();

        BROKER.start();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(count("published_at is null")).isZero());

        Map<String, Long> seqById = seqById();
        List<ConsumerRecord<String, byte[]>> records;
        try (var reader = new KafkaTestClients.TopicReader(BROKER.bootstrapServers(), TOPIC)) {
            records = reader.readToEnd();
        }
        assertThat(records).hasSize(EVENTS);
        assertThat(records.stream().map(r -> header(r, "ce_id")).collect(Collectors.toSet()))
                .as("each event exactly once")
                .hasSize(EVENTS)
                .isEqualTo(seqById.keySet());
        Map<String, List<Long>> seqsPerKey = records.stream()
                .sorted((a, b) -> Long.compare(a.offset(), b.offset()))
                .collect(Collectors.groupingBy(ConsumerRecord::key,
                        Collectors.mapping(r -> seqById.get(header(r, "ce_id")), Collectors.toList())));
        assertThat(seqsPerKey).hasSize(KEYS);
        seqsPerKey.forEach((key, seqs) -> assertThat(seqs).as("seq order of %s", key).hasSize(EVENTS / KEYS).isSorted());

        assertThat(meterRegistry.get("outbox.published").counter().count()).isEqualTo((double) backlog);
        metrics.refresh();
        assertThat(metrics.backlog()).isZero();
        assertThat(metrics.oldestUnpublishedAgeSeconds()).isZero();
    }


    private UUID insertRow(String createdAt, String publishedAt) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into outbox_event (id, topic, message_key, event_type, source, payload, created_at, published_at) "
                + "values (?, ?, 'cleanup', 'test.cleanup.row.v1', '/test', '{}'::jsonb, " + createdAt + ", "
                + publishedAt + ")", id, CLEANUP_TOPIC);
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.queryForObject("select count(*) from outbox_event where id = ?", Long.class, id) == 1;
    }

    private long count(String condition) {
        return jdbc.queryForObject("select count(*) from outbox_event where " + condition, Long.class);
    }

    private Map<String, Long> seqById() {
        return jdbc.query("select id, seq from outbox_event where topic = ?", rs -> {
            Map<String, Long> map = new HashMap<>();
            while (rs.next()) {
                map.put(rs.getString(1), rs.getLong(2));
            }
            return map;
        }, TOPIC);
    }

}
