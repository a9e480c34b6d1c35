package com.fleetcommerce.shared.events.contracts.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.core.EventType;

/**
 * A product was created (always as {@code DRAFT}). On topic {@code catalog.product}, keyed by product id.
 * {@code attributes} holds the product's attribute values by code (a string, a number or a boolean; numbers are in
 * the attribute's unit); empty in payloads written before attributes existed. {@code version} is the product's
 * version after the change: consumers keep the highest per product.
 */
@EventType("catalog.product.created.v1")
public record ProductCreatedEvent(UUID productId, String slug, String name, String status, UUID brandId,
                                  List<UUID> categoryIds, List<ProductSku> skus, Map<String, Object> attributes,
                                  long version, Instant occurredAt)
        implements EventPayload {

    public ProductCreatedEvent {
        categoryIds = List.copyOf(categoryIds);
        skus = List.copyOf(skus);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
