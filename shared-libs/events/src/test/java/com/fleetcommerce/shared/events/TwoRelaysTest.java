package com.fleetcommerce.shared.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.fleetcommerce.shared.events.outbox.ListenConnectionFactory;
import com.fleetcommerce.shared.events.outbox.OutboxMetrics;
import com.fleetcommerce.shared.events.outbox.OutboxProducerFactory;
import com.fleetcommerce.shared.events.outbox.OutboxRelay;
import com.fleetcommerce.shared.events.outbox.OutboxWriter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import static com.fleetcommerce.shared.events.KafkaTestClients.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The context's relay and a second one (own LISTEN connection, own producer, another batch size) drain the same table
 * while writers keep appending: every event must arrive exactly once and, per key, in seq order.
 */
@EventsIntegrationTest
class TwoRelaysTest {

    private static final int WRITERS = 4;
    private static final int EVENTS_PER_WRITER = 500;
    private static final int KEYS = 5;

    @Autowired
    OutboxRelay contextRelay;
    @Autowired
    OutboxWriter outbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ListenConnectionFactory listenConnections;
    @Autowired
    OutboxProducerFactory producers;
    @Autowired
    OutboxMetrics metrics;
    @Autowired
    JsonMapper jsonMapper;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void everyEventArrivesExactlyOnceAndInSeqOrderPerKey() throws Exception {
        OutboxRelay secondRelay = new OutboxRelay("second", dataSource, listenConnections, producers, jsonMapper,
                metrics, Duration.ofMinutes(10), 17, Duration.ofMillis(100), Duration.ofSeconds(1));
        long contextRelayBefore = contextRelay.publishedCount();
        secondRelay.start();
        try {
            appendConcurrently();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                    "select count(*) from outbox_event where topic = ? and published_at is null", Long.class,
                    TestTopics.TWO_RELAYS)).isZero());
        } finally {
            secondRelay.stop();
        }
        assertThat(secondRelay.publishedCount()).as("the second relay took part").isPositive();
        assertThat(contextRelay.publishedCount() - contextRelayBefore).as("the context's relay took part").isPositive();

        Map<String, Long> seqById = jdbc.query("select id, seq from outbox_event where topic = ?",
                rs -> {
                    Map<String, Long> map = new HashMap<>();
                    while (rs.next()) {
                        map.put(rs.getString(1), rs.getLong(2));
                    }
                    return map;
                }, TestTopics.TWO_RELAYS);
        assertThat(seqById).hasSize(WRITERS * EVENTS_PER_WRITER);

        List<ConsumerRecord<String, byte[]>> records;
        try (var reader = new KafkaTestClients.TopicReader(bootstrapServers, TestTopics.TWO_RELAYS)) {
            records = reader.readToEnd();
        }

        Map<String, Long> deliveriesPerId = records.stream()
                .collect(Collectors.groupingBy(r -> header(r, "ce_id"), Collectors.counting()));
        assertThat(deliveriesPerId.keySet()).isEqualTo(seqById.keySet());
        assertThat(deliveriesPerId.values()).as("deliveries per ce_id").allMatch(count -> count == 1);

        // one key lives in one partition, so the partition's offset order is the order consumers see
        Map<String, List<Long>> seqsPerKey = records.stream()
                .sorted((a, b) -> Long.compare(a.offset(), b.offset()))
                .collect(Collectors.groupingBy(ConsumerRecord::key,
                        Collectors.mapping(r -> seqById.get(header(r, "ce_id")), Collectors.toList())));
        assertThat(seqsPerKey).hasSize(KEYS);
        seqsPerKey.forEach((key, seqs) -> assertThat(seqs).as("seq order of key %s", key).isSorted());
    }

    /** Writers serialise per key the way an aggregate's row lock would, here with a transaction-scoped advisory lock. */
    private void appendConcurrently() throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                writers.add(executor.submit(() -> {
                    for (int i = 0; i < EVENTS_PER_WRITER; i++) {
                        String key = "aggregate-" + ThreadLocalRandom.current().nextInt(KEYS);
                        int number = i;
                        transactions.executeWithoutResult(status -> {
                            jdbc.queryForObject("select pg_advisory_xact_lock(hashtext(?))", Object.class, key);
                            outbox.append(TestTopics.TWO_RELAYS, key, new SequencedTestEvent(key, number));
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            executor.shutdown();
        }
    }
}
