package com.fleetcommerce.warehouse.stock.web;

import java.util.UUID;

import com.fleetcommerce.warehouse.stock.domain.Sku;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/stock/receipts}: units arrived in a warehouse. */
public record ReceiptRequest(
        @NotNull @Pattern(regexp = Sku.REGEX, message = StockLimits.SKU_MESSAGE) String sku,
        @NotNull UUID warehouseId,
        @NotNull @Min(1) @Max(StockLimits.MAX_QUANTITY) Long quantity,
        @Size(max = 200) String reference) {
}
