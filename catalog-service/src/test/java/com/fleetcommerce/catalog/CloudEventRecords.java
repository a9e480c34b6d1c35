package com.fleetcommerce.catalog;

import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fleetcommerce.shared.events.core.CloudEvent;
import com.fleetcommerce.shared.events.core.CloudEventCodec;
import com.fleetcommerce.shared.events.core.Uuids;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/** Publishes records with CloudEvents headers and a JSON payload, the way another service's outbox relay does. */
public final class CloudEventRecords implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final JsonMapper json;

    public CloudEventRecords(String bootstrapServers, JsonMapper json) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(props);
        this.json = json;
    }

    /** Sends and waits for the broker's acknowledgement, so records of one key are sent in call order. */
    public void send(String topic, String key, String type, String source, Object payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json.writeValueAsString(payload));
        CloudEventCodec.write(new CloudEvent(Uuids.v7().toString(), type, source, Instant.now(), key), Map.of(),
                record.headers());
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
