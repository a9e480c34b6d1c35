package com.fleetcommerce.catalog.product.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fleetcommerce.catalog.product.domain.Product;
import com.fleetcommerce.catalog.product.domain.ProductChange;
import com.fleetcommerce.shared.events.contracts.catalog.ProductCreatedEvent;
import com.fleetcommerce.shared.events.contracts.catalog.ProductSku;
import com.fleetcommerce.shared.events.contracts.catalog.ProductStatusChangedEvent;
import com.fleetcommerce.shared.events.contracts.catalog.ProductUpdatedEvent;
import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.outbox.OutboxEntry;
import com.fleetcommerce.shared.events.outbox.OutboxWriter;
import org.springframework.stereotype.Component;

/**
 * Writes the product's recorded changes to the outbox, in the caller's transaction: if the change rolls back, the
 * event never existed. Topic {@code catalog.product}, keyed by product id.
 */
@Component
public class ProductEvents {

    public static final String TOPIC = "catalog.product";

    private final OutboxWriter outbox;

    public ProductEvents(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    /** @param version the product's version once stored (what a reader of the change will see) */
    void publish(Product product, long version) {
        Instant now = Instant.now();
        for (ProductChange change : product.pullChanges()) {
            outbox.append(TOPIC, product.id().toString(), payload(product, change, version, now));
        }
    }

    /**
     * {@link #publish} for many products in one use case (the bulk import), appended in JDBC batches: one row per
     * recorded change, every product at the stored {@code version}.
     */
    public void publishAll(List<Product> products, long version) {
        Instant now = Instant.now();
        List<OutboxEntry> entries = new ArrayList<>();
        for (Product product : products) {
            for (ProductChange change : product.pullChanges()) {
                entries.add(OutboxEntry.of(product.id().toString(), payload(product, change, version, now)));
            }
        }
        outbox.appendAll(TOPIC, entries);
    }

    private static EventPayload payload(Product p, ProductChange change, long version, Instant now) {
        List<ProductSku> skus = p.skus().stream()
                .map(s -> new ProductSku(s.id(), s.code(), s.barcode(), s.options())).toList();
        String slug = p.content().slug().value();
        Map<String, Object> attributes = new LinkedHashMap<>();
        p.content().attributes().forEach((code, value) -> attributes.put(code, value.value()));
        return switch (change) {
            case ProductChange.Created created -> new ProductCreatedEvent(p.id(), slug, p.content().name(),
                    p.status().name(), p.content().brandId(), p.content().categoryIds(), skus, attributes,
                    version, now);
            case ProductChange.Updated updated -> new ProductUpdatedEvent(p.id(), slug, p.content().name(),
                    p.status().name(), p.content().brandId(), p.content().categoryIds(), skus, attributes,
                    version, now);
            case ProductChange.StatusChanged moved -> new ProductStatusChangedEvent(p.id(), slug,
                    moved.from().name(), moved.to().name(), skus, version, now);
        };
    }
}
