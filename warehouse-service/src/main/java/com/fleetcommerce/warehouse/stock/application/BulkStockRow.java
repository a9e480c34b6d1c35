package com.fleetcommerce.warehouse.stock.application;

import java.util.UUID;

/**
 * One row of a bulk upsert: the stated level of a SKU in a warehouse named by id or by code (exactly one of them).
 * Settings left null keep their current value.
 */
public record BulkStockRow(String sku, UUID warehouseId, String warehouseCode, long onHand, Long safetyStock,
                           Long lowStockThreshold) {

    /** How the row named its warehouse, for problems that echo it back. */
    public String warehouse() {
        return warehouseId != null ? warehouseId.toString() : warehouseCode;
    }
}
