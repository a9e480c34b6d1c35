package com.fleetcommerce.warehouse.stock.domain;

import java.util.Objects;
import java.util.UUID;

/** Identity of a stock level. */
public record LevelKey(String sku, UUID warehouseId) {

    public LevelKey {
        Sku.require(sku);
        Objects.requireNonNull(warehouseId, "warehouseId");
    }
}
