package com.fleetcommerce.catalog.stock.application;

import com.fleetcommerce.catalog.stock.domain.WarehouseStock;
import com.fleetcommerce.shared.events.contracts.warehouse.StockChangedEvent;
import com.fleetcommerce.shared.events.core.EventFormatException;
import com.fleetcommerce.shared.events.kafka.ReceivedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Consumes {@code warehouse.stock} into the read model. Off unless {@code catalog.stock-sync.enabled=true}
 * (catalog-worker runs it; the API only reads). No inbox: the events carry the full state with a version, and both
 * stores keep the highest. Records are keyed by SKU, so one SKU's events arrive in order on one partition; the
 * version check covers redeliveries and anything out of order.
 */
@Component
@ConditionalOnBooleanProperty("catalog.stock-sync.enabled")
public class StockEventListener {

    public static final String TOPIC = "warehouse.stock";
    public static final String STOCK_CHANGED = "warehouse.stock.changed.v1";

    private final ReceivedEvents receivedEvents;
    private final StockSync sync;
    private final StockMetrics metrics;

    public StockEventListener(ReceivedEvents receivedEvents, StockSync sync, StockMetrics metrics) {
        this.receivedEvents = receivedEvents;
        this.sync = sync;
        this.metrics = metrics;
    }

    @KafkaListener(topics = TOPIC, groupId = "${catalog.stock-sync.group-id:catalog-stock-sync}",
            concurrency = "${catalog.stock-sync.concurrency:3}")
    void on(ConsumerRecord<String, JsonNode> record) {
        if (!STOCK_CHANGED.equals(ReceivedEvents.type(record))) {
            return;                                     // other event types of the topic
        }
        metrics.recordEventLag(record.timestamp());
        sync.apply(state(receivedEvents.from(record, StockChangedEvent.class).payload()));
    }

    private static WarehouseStock state(StockChangedEvent e) {
        try {
            return new WarehouseStock(e.sku(), e.warehouseId(), e.warehouseCode(), e.onHand(), e.reserved(),
                    e.available(), e.version(), e.changedAt());
        } catch (NullPointerException | IllegalArgumentException invalid) {
            // can never succeed: straight to the dead-letter topic instead of retries
            throw new EventFormatException("invalid " + STOCK_CHANGED + ": " + invalid.getMessage(), invalid);
        }
    }
}
