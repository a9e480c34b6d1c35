package com.fleetcommerce.warehouse.stock.web;

import java.util.UUID;

import com.fleetcommerce.warehouse.stock.domain.Sku;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/stock/adjustments}: a counted correction, signed, always with a reason. */
public record AdjustmentRequest(
        @NotNull @Pattern(regexp = Sku.REGEX, message = StockLimits.SKU_MESSAGE) String sku,
        @NotNull UUID warehouseId,
        @NotNull @Min(-StockLimits.MAX_QUANTITY) @Max(StockLimits.MAX_QUANTITY) Long delta,
        @NotBlank @Size(max = 500) String reason,
        @Size(max = 200) String reference) {

    @AssertTrue(message = "must not be 0")
    boolean isDeltaNonZero() {
        return delta == null || delta != 0;
    }
}
