package com.fleetcommerce.catalog.price.application;

import java.math.BigDecimal;

import com.fleetcommerce.catalog.price.domain.SkuPrice;
import com.fleetcommerce.shared.events.contracts.pricing.PriceChanged;
import com.fleetcommerce.shared.events.core.EventFormatException;
import com.fleetcommerce.shared.events.kafka.ReceivedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Consumes {@code pricing.price} into the price read model. Off unless {@code catalog.price-sync.enabled=true}
 * (catalog-worker runs it; the API only reads). No inbox: the events carry the effective price with a version from
 * one sequence, and both stores keep the highest per (SKU, warehouse, currency). Records are keyed by SKU, so one
 * SKU's events arrive in order on one partition; the version check covers redeliveries and anything out of order.
 */
@Component
@ConditionalOnBooleanProperty("catalog.price-sync.enabled")
public class PriceEventListener {

    public static final String TOPIC = "pricing.price";
    public static final String PRICE_CHANGED = "pricing.price.changed.v1";

    private final ReceivedEvents receivedEvents;
    private final PriceSync sync;
    private final PriceMetrics metrics;

    public PriceEventListener(ReceivedEvents receivedEvents, PriceSync sync, PriceMetrics metrics) {
        this.receivedEvents = receivedEvents;
        this.sync = sync;
        this.metrics = metrics;
    }

    @KafkaListener(topics = TOPIC, groupId = "${catalog.price-sync.group-id:catalog-price-sync}",
            concurrency = "${catalog.price-sync.concurrency:3}")
    void on(ConsumerRecord<String, JsonNode> record) {
        if (!PRICE_CHANGED.equals(ReceivedEvents.type(record))) {
            return;                                     // other event types of the topic
        }
        metrics.recordEventLag(record.timestamp());
        sync.apply(price(receivedEvents.from(record, PriceChanged.class).payload()));
    }

    static SkuPrice price(PriceChanged e) {
        try {
            return new SkuPrice(e.sku(), e.warehouseId(), e.currency(), e.available(),
                    e.available() ? new BigDecimal(e.amount()) : null,
                    e.available() && e.compareAt() != null ? new BigDecimal(e.compareAt()) : null,
                    e.taxInclusive(), e.priceList(), e.version(), e.changedAt());
        } catch (NullPointerException | IllegalArgumentException invalid) {
            // can never succeed (NumberFormatException is an IllegalArgumentException): straight to the DLT
            throw new EventFormatException("invalid " + PRICE_CHANGED + ": " + invalid.getMessage(), invalid);
        }
    }
}
