package com.fleetcommerce.shared.events.contracts.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.core.EventType;

/**
 * A product's description, categories, brand or SKUs changed (a SKU added or revised included). Carries the full
 * state after the change, so a consumer that missed earlier events still learns every SKU that exists.
 * {@code attributes} holds the attribute values by code (string, number or boolean; numbers in the attribute's unit).
 * On topic {@code catalog.product}, keyed by product id; {@code version} orders the events of one product.
 */
@EventType("catalog.product.updated.v1")
public record ProductUpdatedEvent(UUID productId, String slug, String name, String status, UUID brandId,
                                  List<UUID> categoryIds, List<ProductSku> skus, Map<String, Object> attributes,
                                  long version, Instant occurredAt)
        implements EventPayload {

    public ProductUpdatedEvent {
        categoryIds = List.copyOf(categoryIds);
        skus = List.copyOf(skus);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
