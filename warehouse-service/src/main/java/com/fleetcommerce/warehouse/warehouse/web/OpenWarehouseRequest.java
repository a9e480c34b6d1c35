package com.fleetcommerce.warehouse.warehouse.web;

import com.fleetcommerce.warehouse.warehouse.application.WarehouseDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/warehouses}. */
public record OpenWarehouseRequest(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,31}",
                message = "must be 2-32 upper-case letters, digits or dashes") String code,
        @NotBlank @Size(max = 120) String name,
        @NotNull @Valid AddressBody address,
        @NotNull @Valid LocationBody location,
        @NotNull @Min(0) @Max(10_000) Integer priority) {

    WarehouseDetails details() {
        return new WarehouseDetails(name, address.toDomain(), location.toDomain(), priority);
    }
}
