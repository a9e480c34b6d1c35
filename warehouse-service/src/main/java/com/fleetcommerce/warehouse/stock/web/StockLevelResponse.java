package com.fleetcommerce.warehouse.stock.web;

import java.util.UUID;

import com.fleetcommerce.warehouse.stock.domain.StockLevel;

/** A stock level as the API shows it; {@code available} = onHand - reserved - safetyStock, never negative. */
public record StockLevelResponse(String sku, UUID warehouseId, String warehouseCode, long onHand, long reserved,
                                 long safetyStock, long lowStockThreshold, long available, boolean lowStock,
                                 long version) {

    static StockLevelResponse from(StockLevel l) {
        return new StockLevelResponse(l.sku(), l.warehouseId(), l.warehouseCode(), l.onHand(), l.reserved(),
                l.safetyStock(), l.lowStockThreshold(), l.available(), l.isLow(), l.version());
    }
}
