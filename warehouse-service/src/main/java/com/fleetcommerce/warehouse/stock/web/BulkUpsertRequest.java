package com.fleetcommerce.warehouse.stock.web;

import java.util.List;

import com.fleetcommerce.warehouse.stock.application.BulkStockUpsert;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/v1/stock-levels/bulk}: stated levels with the reason (and reference) of the whole batch. */
public record BulkUpsertRequest(
        @NotBlank @Size(max = 500) String reason,
        @Size(max = 200) String reference,
        @NotNull @Size(min = 1, max = BulkStockUpsert.MAX_ROWS) List<@NotNull @Valid BulkUpsertRow> rows) {
}
