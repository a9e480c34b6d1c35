package com.fleetcommerce.catalog.productimport.web;

import java.util.List;

import com.fleetcommerce.catalog.productimport.application.ProductImportService;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/products/import}. The rows are not cascaded into by bean validation here: the
 * controller checks each one itself, so every refusal is reported with its row in one list.
 */
public record ImportProductsRequest(
        @NotNull @Size(min = 1, max = ProductImportService.MAX_PRODUCTS) List<@NotNull ImportProductBody> products) {
}
