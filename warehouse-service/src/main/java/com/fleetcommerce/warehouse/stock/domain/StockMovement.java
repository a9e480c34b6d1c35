package com.fleetcommerce.warehouse.stock.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One row of the append-only movement ledger. */
public record StockMovement(UUID id, String sku, UUID warehouseId, MovementType type, long quantity, String reason,
                            String reference, String actor, Instant occurredAt) {

    public StockMovement {
        Objects.requireNonNull(id, "id");
        Sku.require(sku);
        Objects.requireNonNull(warehouseId, "warehouseId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (quantity == 0) {
            throw new IllegalArgumentException("a movement moves at least one unit");
        }
    }
}
