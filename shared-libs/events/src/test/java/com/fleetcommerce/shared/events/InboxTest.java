package com.fleetcommerce.shared.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fleetcommerce.shared.events.core.CloudEvent;
import com.fleetcommerce.shared.events.core.CloudEventCodec;
import com.fleetcommerce.shared.events.core.Uuids;
import com.fleetcommerce.shared.events.inbox.Inbox;
import com.fleetcommerce.shared.events.inbox.InboxCleanup;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@EventsIntegrationTest
class InboxTest {

    private static final String CONSUMER = "inbox-test";

    @Autowired
    Inbox inbox;
    @Autowired
    InboxCleanup inboxCleanup;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestListeners listeners;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void firstTimeOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> inbox.firstTime(CONSUMER, "e-0")).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void duplicateDeliveryAppliesTheEffectOnce() {
        String eventId = Uuids.v7().toString();

        boolean first = inbox.processOnce(CONSUMER, eventId, () -> applyEffect(eventId));
        boolean second = inbox.processOnce(CONSUMER, eventId, () -> applyEffect(eventId));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(effects(eventId)).isEqualTo(1);
        // another consumer of the same event is independent
        assertThat(inbox.processOnce(CONSUMER + "-other", eventId, () -> { })).isTrue();
    }

    @Test
    void effectAndInboxRowRollBackTogether() {
        String eventId = Uuids.v7().toString();

        assertThatThrownBy(() -> inbox.processOnce(CONSUMER, eventId, () -> {
            applyEffect(eventId);
            throw new IllegalStateException("effect failed half-way");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(effects(eventId)).isZero();
        assertThat(inboxRows(eventId)).isZero();

        // so the redelivery processes it
        assertThat(inbox.processOnce(CONSUMER, eventId, () -> applyEffect(eventId))).isTrue();
        assertThat(effects(eventId)).isEqualTo(1);
        assertThat(inboxRows(eventId)).isEqualTo(1);
    }

    @Test
    void concurrentDuplicatesApplyTheEffectOnce() throws Exception {
        String eventId = Uuids.v7().toString();
        int threads = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = java.util.stream.IntStream.range(0, threads)
                    .mapToObj(i -> executor.submit(() -> {
                        start.await();
                        return inbox.processOnce(CONSUMER, eventId, () -> applyEffect(eventId));
                    }))
                    .toList();
            start.countDown();
            long applied = 0;
            for (Future<Boolean> result : results) {
                if (result.get(30, TimeUnit.SECONDS)) {
                    applied++;
                }
            }
            assertThat(applied).isEqualTo(1);
        } finally {
            executor.shutdown();
        }
        assertThat(effects(eventId)).isEqualTo(1);
    }

    @Test
    void listenerReceivingTheSameEventTwiceAppliesItOnce() {
        String eventId = Uuids.v7().toString();
        String key = "inbox-order-" + eventId;
        try (KafkaProducer<String, byte[]> producer = KafkaTestClients.producer(bootstrapServers)) {
            for (int delivery = 0; delivery < 2; delivery++) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(TestTopics.INBOX_LISTENER, key,
                        "{\"orderId\":\"o\",\"quantity\":1}".getBytes(StandardCharsets.UTF_8));
                CloudEventCodec.write(new CloudEvent(eventId, OrderPlacedTestEvent.TYPE, "/test", java.time.Instant.now(),
                        key), java.util.Map.of(), record.headers());
                producer.send(record);
            }
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(listeners.attemptsFor(key)).isEqualTo(2));
        assertThat(jdbc.queryForObject("select count(*) from inbox_test_effect where consumer = ? and event_id = ?",
                Long.class, TestListeners.INBOX_CONSUMER, eventId)).isEqualTo(1);
    }

    @Test
    void cleanupDeletesOnlyEntriesOlderThanTheRetention() {
        String old = Uuids.v7().toString();
        String recent = Uuids.v7().toString();
        jdbc.update("insert into inbox_event (consumer, event_id, processed_at) values (?, ?, now() - interval '31 days')",
                CONSUMER, old);
        jdbc.update("insert into inbox_event (consumer, event_id, processed_at) values (?, ?, now() - interval '29 days')",
                CONSUMER, recent);

        int deleted = inboxCleanup.run();

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(inboxRows(old)).isZero();
        assertThat(inboxRows(recent)).isEqualTo(1);
    }

    private void applyEffect(String eventId) {
        jdbc.update("insert into inbox_test_effect (consumer, event_id) values (?, ?)", CONSUMER, eventId);
    }

    private long effects(String eventId) {
        return jdbc.queryForObject("select count(*) from inbox_test_effect where consumer = ? and event_id = ?",
                Long.class, CONSUMER, eventId);
    }

    private long inboxRows(String eventId) {
        return jdbc.queryForObject("select count(*) from inbox_event where consumer = ? and event_id = ?", Long.class,
                CONSUMER, eventId);
    }
}
