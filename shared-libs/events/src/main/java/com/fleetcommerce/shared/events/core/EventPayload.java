package com.fleetcommerce.shared.events.core;

/**
 * Marker for a versioned event payload contract: a record annotated with {@link EventType}.
 *
 * <pre>{@code
 * @EventType("warehouse.stock.changed.v1")
 * public record StockChanged(UUID skuId, UUID warehouseId, long onHand, long version) implements EventPayload {}
 * }</pre>
 *
 * A breaking change to a payload is a new record with a new version suffix ({@code ...v2}); both are published side by
 * side until every consumer has moved.
 */
public interface EventPayload {
}
