package com.fleetcommerce.catalog.stock.application;

import java.time.Instant;
import java.util.UUID;

import com.fleetcommerce.catalog.CloudEventRecords;
import com.fleetcommerce.shared.events.contracts.warehouse.StockChangedEvent;
import tools.jackson.databind.json.JsonMapper;

/** Publishes {@code warehouse.stock.changed.v1} records the way warehouse-service's outbox relay does. */
public final class StockEvents implements AutoCloseable {

    private final CloudEventRecords records;

    public StockEvents(String bootstrapServers, JsonMapper json) {
        this.records = new CloudEventRecords(bootstrapServers, json);
    }

    /** Sends and waits for the broker's acknowledgement, so records of one SKU are sent in call order. */
    public void send(StockChangedEvent event) {
        records.send(StockEventListener.TOPIC, event.sku(), StockEventListener.STOCK_CHANGED, "/warehouse-service",
                event);
    }

    public static StockChangedEvent changed(String sku, UUID warehouse, String code, long available, long version) {
        return new StockChangedEvent(sku, warehouse, code, available + 2, 2, available, version, Instant.now());
    }

    @Override
    public void close() {
        records.close();
    }
}
