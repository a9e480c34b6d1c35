package com.fleetcommerce.shared.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.shared.events.core.CloudEvent;
import com.fleetcommerce.shared.events.core.CloudEventCodec;
import com.fleetcommerce.shared.events.core.Uuids;
import com.fleetcommerce.shared.events.outbox.OutboxWriter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.transaction.support.TransactionTemplate;

import static com.fleetcommerce.shared.events.KafkaTestClients.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@EventsIntegrationTest
class ConsumerErrorHandlingTest {

    /** The records go to partition 2 of the source topics; the dead-letter topics have only partition 0. */
    private static final int LAST_PARTITION = 2;

    @Autowired
    OutboxWriter outbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestListeners listeners;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void retryableFailureIsRetriedWithBackoffThenDeadLettered() {
        String key = "retry-" + UUID.randomUUID();
        UUID id = transactions.execute(status -> outbox.append(TestTopics.RETRY, key, new OrderPlacedTestEvent(key, 1)));

        ConsumerRecord<String, byte[]> dead;
        try (var reader = new KafkaTestClients.TopicReader(bootstrapServers, TestTopics.RETRY + TestTopics.DLT_SUFFIX)) {
            dead = reader.awaitEventId(Duration.ofSeconds(30), id.toString());
        }

        assertThat(listeners.attemptsFor(key)).as("deliveries: first + 3 retries").isEqualTo(4);
        assertThat(dead.key()).isEqualTo(key);
        assertThat(header(dead, "ce_type")).isEqualTo(OrderPlacedTestEvent.TYPE);
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).contains("\"orderId\"").contains(key);
        assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN)).isEqualTo(IllegalStateException.class.getName());
        assertThat(header(dead, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(TestTopics.RETRY);
    }

    @Test
    void poisonRecordIsDeadLetteredAndTheNextRecordOfItsPartitionIsStillConsumed() {
        String poisonKey = "poison-" + UUID.randomUUID();
        String nextKey = "next-" + UUID.randomUUID();
        byte[] garbage = "{\"orderId\": not json at all".getBytes(StandardCharsets.UTF_8);
        String nextId = Uuids.v7().toString();

        try (KafkaProducer<String, byte[]> producer = KafkaTestClients.producer(bootstrapServers)) {
            producer.send(new ProducerRecord<>(TestTopics.POISON, LAST_PARTITION, poisonKey, garbage));
            producer.send(event(TestTopics.POISON, LAST_PARTITION, nextKey, nextId,
                    "{\"orderId\":\"" + nextKey + "\",\"quantity\":5}"));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(listeners.received).anySatisfy(event -> {
                    assertThat(event.id()).isEqualTo(nextId);
                    assertThat(event.key()).isEqualTo(nextKey);
                    assertThat(event.payload()).isEqualTo(new OrderPlacedTestEvent(nextKey, 5));
                    assertThat(event.partition()).isEqualTo(LAST_PARTITION);
                }));
        try (var reader = new KafkaTestClients.TopicReader(bootstrapServers, TestTopics.POISON + TestTopics.DLT_SUFFIX)) {
            ConsumerRecord<String, byte[]> dead = reader.awaitRecord(Duration.ofSeconds(30),
                    r -> poisonKey.equals(r.key()));
            assertThat(dead.value()).isEqualTo(garbage);
            assertThat(dead.partition()).isZero();
            assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_FQCN)).isEqualTo(DeserializationException.class.getName());
        }
        assertThat(listeners.attemptsFor(poisonKey)).as("the listener never saw the poison record").isZero();
    }

    @Test
    void recordBreakingTheContractIsDeadLetteredWithoutRetry() {
        String key = "contract-" + UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = KafkaTestClients.producer(bootstrapServers)) {
            // well-formed JSON, but no CloudEvents headers
            producer.send(new ProducerRecord<>(TestTopics.POISON, LAST_PARTITION, key,
                    "{\"orderId\":\"x\",\"quantity\":1}".getBytes(StandardCharsets.UTF_8)));
        }

        try (var reader = new KafkaTestClients.TopicReader(bootstrapServers, TestTopics.POISON + TestTopics.DLT_SUFFIX)) {
            ConsumerRecord<String, byte[]> dead = reader.awaitRecord(Duration.ofSeconds(30), r -> key.equals(r.key()));
            assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN))
                    .isEqualTo("com.fleetcommerce.shared.events.core.EventFormatException");
        }
        assertThat(listeners.attemptsFor(key)).as("not retried").isEqualTo(1);
    }

    private static ProducerRecord<String, byte[]> event(String topic, int partition, String key, String id, String json) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, partition, key,
                json.getBytes(StandardCharsets.UTF_8));
        CloudEventCodec.write(new CloudEvent(id, OrderPlacedTestEvent.TYPE, "/test", Instant.now(), key), Map.of(),
                record.headers());
        return record;
    }
}
