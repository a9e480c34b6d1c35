package com.fleetcommerce.warehouse.reservation.domain;

import java.util.Objects;
import java.util.UUID;

import com.fleetcommerce.warehouse.stock.domain.LevelKey;
import com.fleetcommerce.warehouse.stock.domain.Sku;

/** Units of a SKU a reservation holds in one warehouse. */
public record Allocation(String sku, UUID warehouseId, long quantity) {

    public Allocation {
        Sku.require(sku);
        Objects.requireNonNull(warehouseId, "warehouseId");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
    }

    public LevelKey levelKey() {
        return new LevelKey(sku, warehouseId);
    }
}
