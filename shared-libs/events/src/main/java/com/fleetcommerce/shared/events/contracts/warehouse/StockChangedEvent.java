package com.fleetcommerce.shared.events.contracts.warehouse;

import java.time.Instant;
import java.util.UUID;

import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.core.EventType;

/**
 * The full state of one stock level (SKU, warehouse) after a change, on topic {@code warehouse.stock}, keyed by SKU.
 * State-carrying: a consumer keeps the highest {@code version} per (sku, warehouseId) and ignores older ones, so it
 * needs no inbox. {@code available} = onHand - reserved - safety stock, never negative.
 */
@EventType("warehouse.stock.changed.v1")
public record StockChangedEvent(String sku, UUID warehouseId, String warehouseCode, long onHand, long reserved,
                                long available, long version, Instant changedAt) implements EventPayload {
}
