package com.fleetcommerce.catalog.price.application;

import java.time.Instant;
import java.util.UUID;

import com.fleetcommerce.catalog.CloudEventRecords;
import com.fleetcommerce.shared.events.contracts.pricing.PriceChanged;
import tools.jackson.databind.json.JsonMapper;

/** Publishes {@code pricing.price.changed.v1} records the way pricing-service's outbox relay does. */
public final class PriceEvents implements AutoCloseable {

    private final CloudEventRecords records;

    public PriceEvents(String bootstrapServers, JsonMapper json) {
        this.records = new CloudEventRecords(bootstrapServers, json);
    }

    /** Sends and waits for the broker's acknowledgement, so records of one SKU are sent in call order. */
    public void send(PriceChanged event) {
        records.send(PriceEventListener.TOPIC, event.sku(), PriceEventListener.PRICE_CHANGED, "/pricing-service",
                event);
    }

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
        records.close();
    }
}
