package com.fleetcommerce.shared.events.contracts.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.core.EventType;

/**
 * A product moved between {@code DRAFT}, {@code ACTIVE} and {@code ARCHIVED}; only {@code ACTIVE} products are sold.
 * Carries its SKUs so a consumer can (de)list them without another call. On topic {@code catalog.product}, keyed by
 * product id.
 */
@EventType("catalog.product.status-changed.v1")
public record ProductStatusChangedEvent(UUID productId, String slug, String previousStatus, String status,
                                        List<ProductSku> skus, long version, Instant occurredAt)
        implements EventPayload {

    public ProductStatusChangedEvent {
        skus = List.copyOf(skus);
    }
}
