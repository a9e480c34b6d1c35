package com.fleetcommerce.warehouse.stock.web;

import java.util.UUID;

import com.fleetcommerce.warehouse.stock.application.BulkStockRow;
import com.fleetcommerce.warehouse.stock.domain.Sku;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** One row of {@code PUT /api/v1/stock-levels/bulk}: the warehouse by id or by code, never both. */
public record BulkUpsertRow(
        @NotNull @Pattern(regexp = Sku.REGEX, message = StockLimits.SKU_MESSAGE) String sku,
        UUID warehouseId,
        @Pattern(regexp = StockLimits.WAREHOUSE_CODE) String warehouseCode,
        @NotNull @Min(0) @Max(StockLimits.MAX_LEVEL_QUANTITY) Long onHand,
        @Min(0) @Max(StockLimits.MAX_QUANTITY) Long safetyStock,
        @Min(0) @Max(StockLimits.MAX_QUANTITY) Long lowStockThreshold) {

    @AssertTrue(message = "give exactly one of warehouseId and warehouseCode")
    boolean isWarehouseNamedOnce() {
        return (warehouseId == null) != (warehouseCode == null);
    }

    BulkStockRow toRow() {
        return new BulkStockRow(sku, warehouseId, warehouseCode, onHand, safetyStock, lowStockThreshold);
    }
}
