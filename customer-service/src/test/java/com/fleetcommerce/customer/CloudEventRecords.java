package com.fleetcommerce.customer;

import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fleetcommerce.shared.events.core.CloudEvent;
import com.fleetcommerce.shared.events.core.CloudEventCodec;
import com.fleetcommerce.shared.events.core.EventTypes;
import com.fleetcommerce.shared.events.core.Uuids;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/** Publishes records with CloudEvents headers and a JSON payload, the way another service's outbox relay does. */
public final class CloudEventRecords implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaProducer<String, String> producer;

    public CloudEventRecords(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(props);
    }

    /** Sends with a fresh event id; returns it (send it again with {@link #send(String, String, String, Object)}). */
    public String send(String topic, String key, Object payload) {
        String id = Uuids.v7().toString();
        send(id, topic, key, payload);
        return id;
    }

    /** Sends and waits for the broker's acknowledgement, so records of one key are sent in call order. */
    public void send(String eventId, String topic, String key, Object payload) {
        sendRaw(eventId, topic, key, EventTypes.typeOf(payload.getClass()), JSON.writeValueAsString(payload));
    }

    public void sendRaw(String eventId, String topic, String key, String type, String json) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
        CloudEventCodec.write(new CloudEvent(eventId, type, "/test", Instant.now(), key), Map.of(), record.headers());
        try {
            producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("send failed", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
