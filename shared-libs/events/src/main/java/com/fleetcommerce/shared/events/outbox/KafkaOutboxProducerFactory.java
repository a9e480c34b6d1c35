package com.fleetcommerce.shared.events.outbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Relay producers: idempotent, {@code acks=all}, and bounded blocking so a dead broker makes a round fail after a few
 * seconds instead of hanging the relay (the row stays in the outbox and is retried with backoff).
 */
public final class KafkaOutboxProducerFactory implements OutboxProducerFactory {

    /** Applied over {@code spring.kafka.*}; {@code platform.outbox.producer.*} is applied over these. */
    public static Map<String, Object> relayDefaults() {
        Map<String, Object> defaults = new HashMap<>();
        defaults.put(ProducerConfig.ACKS_CONFIG, "all");
        defaults.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // idempotence keeps order within a partition with up to 5 requests in flight
        defaults.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        defaults.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        defaults.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        defaults.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        defaults.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return defaults;
    }

    private final Map<String, Object> config;
    private final Duration ackTimeout;

    /** @param config complete producer configuration except client id and serializers */
    public KafkaOutboxProducerFactory(Map<String, Object> config) {
        this.config = Map.copyOf(config);
        Object deliveryTimeout = config.getOrDefault(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000);
        // the producer completes every send within delivery.timeout.ms; the margin covers scheduling delays
        this.ackTimeout = Duration.ofMillis(Long.parseLong(deliveryTimeout.toString())).plusSeconds(5);
    }

    @Override
    public Producer<String, byte[]> create(String clientId) {
        Map<String, Object> producerConfig = new HashMap<>(config);
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        producerConfig.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        return new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer());
    }

    @Override
    public Duration ackTimeout() {
        return ackTimeout;
    }

    Map<String, Object> config() {
        return config;
    }
}
