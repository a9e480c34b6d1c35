package com.fleetcommerce.warehouse.reservation.web;

import com.fleetcommerce.warehouse.stock.domain.Sku;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** One line of a reservation request. */
public record ReserveLineBody(
        @NotNull @Pattern(regexp = Sku.REGEX, message = "must be 1-64 upper-case letters, digits, '.', '-' or '_'")
        String sku,
        @NotNull @Min(1) @Max(100_000) Long quantity) {
}
