package com.fleetcommerce.warehouse.stock.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Body of {@code PUT /api/v1/stock/{sku}/warehouses/{warehouseId}/settings}. */
public record StockSettingsRequest(
        @NotNull @Min(0) @Max(StockLimits.MAX_QUANTITY) Long safetyStock,
        @NotNull @Min(0) @Max(StockLimits.MAX_QUANTITY) Long lowStockThreshold) {
}
