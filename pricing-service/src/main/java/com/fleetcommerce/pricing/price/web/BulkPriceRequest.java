package com.fleetcommerce.pricing.price.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/v1/prices/bulk}: 1 to 100,000 rows, all or nothing. */
public record BulkPriceRequest(@NotNull @Size(min = 1, max = 100_000) List<@NotNull @Valid BulkPriceRowBody> rows) {
}
