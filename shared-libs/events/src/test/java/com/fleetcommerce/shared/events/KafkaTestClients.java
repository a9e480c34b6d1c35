package com.fleetcommerce.shared.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import com.fleetcommerce.shared.events.core.CloudEventCodec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import static org.awaitility.Awaitility.await;

/** Plain Kafka clients for tests: read a whole topic from the beginning, produce raw records. */
public final class KafkaTestClients {

    private KafkaTestClients() {
    }

    public static KafkaProducer<String, byte[]> producer(String bootstrapServers) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        return CloudEventCodec.lastValue(record.headers(), name);
    }

    /** Reads every partition of a topic from its beginning; not thread-safe, use from the test thread. */
    public static final class TopicReader implements AutoCloseable {

        private final KafkaConsumer<String, byte[]> consumer;
        private final List<TopicPartition> partitions = new ArrayList<>();
        private final List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();

        public TopicReader(String bootstrapServers, String topic) {
            Map<String, Object> config = new HashMap<>();
            config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }

        public List<ConsumerRecord<String, byte[]>> records() {
            return records;
        }

        private void pollOnce() {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }

        /** Polls until a record matches; returns it. */
        public ConsumerRecord<String, byte[]> awaitRecord(Duration timeout, Predicate<ConsumerRecord<String, byte[]>> match) {
            await().atMost(timeout).pollInSameThread().pollInterval(Duration.ZERO).until(() -> {
                pollOnce();
                return records.stream().anyMatch(match);
            });
            return records.stream().filter(match).findFirst().orElseThrow();
        }

        public ConsumerRecord<String, byte[]> awaitEventId(Duration timeout, String eventId) {
            return awaitRecord(timeout, r -> eventId.equals(header(r, "ce_id")));
        }

        /** Everything in the topic up to its current end offsets. */
        public List<ConsumerRecord<String, byte[]>> readToEnd() {
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            await().atMost(Duration.ofSeconds(60)).pollInSameThread().pollInterval(Duration.ZERO).until(() -> {
                pollOnce();
                return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
            });
            return records;
        }

        @Override
        public void close() {
            consumer.close(Duration.ofSeconds(5));
        }
    }
}
