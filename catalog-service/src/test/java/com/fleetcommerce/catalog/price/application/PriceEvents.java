package com.fleetcommerce.catalog.price.application;

import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fleetcommerce.shared.events.contracts.pricing.PriceChanged;
import com.fleetcommerce.shared.events.core.CloudEvent;
import com.fleetcommerce.shared.events.core.CloudEventCodec;
import com.fleetcommerce.shared.events.core.Uuids;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/** Publishes {@code pricing.price.changed.v1} records the way pricing-service's outbox relay does. */
public final class PriceEvents implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final JsonMapper json;

    public PriceEvents(String bootstrapServers, JsonMapper json) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(props);
        this.json = json;
    }

    /** Sends and waits for the broker's acknowledgement, so records of one SKU are sent in call order. */
    public void send(PriceChanged event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(PriceEventListener.TOPIC, event.sku(),
                json.writeValueAsString(event));
        CloudEventCodec.write(new CloudEvent(Uuids.v7().toString(), PriceEventListener.PRICE_CHANGED,
                "/pricing-service", Instant.now(), event.sku()), Map.of(), record.headers());
        try {
            producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("send failed", e);
        }
    }

    /** A price for every warehouse on list {@code RETAIL}, tax included. */
    public static PriceChanged price(String sku, String currency, String amount, String compareAt, long version) {
        return new PriceChanged(sku, null, currency, true, amount, compareAt, true, "RETAIL", version,
                Instant.now());
    }

    public static PriceChanged warehousePrice(String sku, UUID warehouseId, String currency, String amount,
                                              long version) {
        return new PriceChanged(sku, warehouseId, currency, true, amount, null, true, "RETAIL", version,
                Instant.now());
    }

    /** No price applies any more (every warehouse). */
    public static PriceChanged withdrawn(String sku, String currency, long version) {
        return new PriceChanged(sku, null, currency, false, null, null, true, "RETAIL", version, Instant.now());
    }

    @Override
    public void close() {
        producer.close();
    }
}
