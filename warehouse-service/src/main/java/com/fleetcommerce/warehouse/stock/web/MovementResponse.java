package com.fleetcommerce.warehouse.stock.web;

import java.time.Instant;
import java.util.UUID;

import com.fleetcommerce.warehouse.stock.domain.StockMovement;

/** One ledger row. */
public record MovementResponse(UUID id, String sku, UUID warehouseId, String type, long quantity, String reason,
                               String reference, String actor, Instant occurredAt) {

    static MovementResponse from(StockMovement m) {
        return new MovementResponse(m.id(), m.sku(), m.warehouseId(), m.type().name(), m.quantity(), m.reason(),
                m.reference(), m.actor(), m.occurredAt());
    }
}
