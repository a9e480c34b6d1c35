package com.fleetcommerce.pricing.catalogsync.application;

import java.util.List;
import java.util.UUID;

import com.fleetcommerce.pricing.catalogsync.domain.CatalogProduct;
import com.fleetcommerce.shared.events.contracts.catalog.ProductCreatedEvent;
import com.fleetcommerce.shared.events.contracts.catalog.ProductSku;
import com.fleetcommerce.shared.events.contracts.catalog.ProductStatusChangedEvent;
import com.fleetcommerce.shared.events.contracts.catalog.ProductUpdatedEvent;
import com.fleetcommerce.shared.events.core.EventFormatException;
import com.fleetcommerce.shared.events.kafka.ReceivedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Consumes {@code catalog.product} into pricing's SKU -> product map and product facts. Off unless
 * {@code pricing.catalog-sync.enabled=true} (pricing-worker runs it; the API only reads). No inbox: every event
 * carries the product's full SKU list with a version and {@link CatalogProductSync} keeps the highest, so
 * redeliveries and anything out of order change nothing. Records are keyed by product id, so one product's events
 * arrive in order on one partition.
 */
@Component
@ConditionalOnBooleanProperty("pricing.catalog-sync.enabled")
public class CatalogProductListener {

    public static final String TOPIC = "catalog.product";
    public static final String CREATED = "catalog.product.created.v1";
    public static final String UPDATED = "catalog.product.updated.v1";
    public static final String STATUS_CHANGED = "catalog.product.status-changed.v1";

    private final ReceivedEvents receivedEvents;
    private final CatalogProductSync sync;

    public CatalogProductListener(ReceivedEvents receivedEvents, CatalogProductSync sync) {
        this.receivedEvents = receivedEvents;
        this.sync = sync;
    }

    @KafkaListener(topics = TOPIC, groupId = "${pricing.catalog-sync.group-id:pricing-catalog-sync}",
            concurrency = "${pricing.catalog-sync.concurrency:2}")
    void on(ConsumerRecord<String, JsonNode> record) {
        String type = ReceivedEvents.type(record);
        CatalogProduct product;
        if (CREATED.equals(type)) {
            ProductCreatedEvent e = receivedEvents.from(record, ProductCreatedEvent.class).payload();
            product = state(e.productId(), e.brandId(), e.categoryIds(), e.skus(), true, e.version());
        } else if (UPDATED.equals(type)) {
            ProductUpdatedEvent e = receivedEvents.from(record, ProductUpdatedEvent.class).payload();
            product = state(e.productId(), e.brandId(), e.categoryIds(), e.skus(), true, e.version());
        } else if (STATUS_CHANGED.equals(type)) {
            ProductStatusChangedEvent e = receivedEvents.from(record, ProductStatusChangedEvent.class).payload();
            product = state(e.productId(), null, List.of(), e.skus(), false, e.version());
        } else {
            return;                                     // other event types of the topic
        }
        sync.apply(product);
    }

    private static CatalogProduct state(UUID productId, UUID brandId, List<UUID> categoryIds, List<ProductSku> skus,
                                        boolean factsKnown, long version) {
        try {
            return new CatalogProduct(productId, brandId, categoryIds,
                    skus.stream().map(ProductSku::code).toList(), factsKnown, version);
        } catch (NullPointerException | IllegalArgumentException invalid) {
            // can never succeed: straight to the dead-letter topic instead of retries
            throw new EventFormatException("invalid catalog.product event: " + invalid.getMessage(), invalid);
        }
    }
}
