package com.fleetcommerce.catalog.stock.application;

import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fleetcommerce.shared.events.contracts.warehouse.StockChangedEvent;
import com.fleetcommerce.shared.events.core.CloudEvent;
import com.fleetcommerce.shared.events.core.CloudEventCodec;
import com.fleetcommerce.shared.events.core.Uuids;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/** Publishes {@code warehouse.stock.changed.v1} records the way warehouse-service's outbox relay does. */
public final class StockEvents implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final JsonMapper json;

    public StockEvents(String bootstrapServers, JsonMapper json) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(props);
        this.json = json;
    }

    /** Sends and waits for the broker's acknowledgement, so records of one SKU are sent in call order. */
    public void send(StockChangedEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(StockEventListener.TOPIC, event.sku(),
                json.writeValueAsString(event));
        CloudEventCodec.write(new CloudEvent(Uuids.v7().toString(), StockEventListener.STOCK_CHANGED,
                "/warehouse-service", Instant.now(), event.sku()), Map.of(), record.headers());
        try {
            producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("send failed", e);
        }
    }

    public static StockChangedEvent changed(String sku, UUID warehouse, String code, long available, long version) {
        return new StockChangedEvent(sku, warehouse, code, available + 2, 2, available, version, Instant.now());
    }

    @Override
    public void close() {
        producer.close();
    }
}
