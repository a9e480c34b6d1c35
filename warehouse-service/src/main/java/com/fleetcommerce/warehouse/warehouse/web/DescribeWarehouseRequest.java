package com.fleetcommerce.warehouse.warehouse.web;

import com.fleetcommerce.warehouse.warehouse.application.WarehouseDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/v1/warehouses/{id}}; the code never changes. */
public record DescribeWarehouseRequest(
        @NotBlank @Size(max = 120) String name,
        @NotNull @Valid AddressBody address,
        @NotNull @Valid LocationBody location,
        @NotNull @Min(0) @Max(10_000) Integer priority) {

    WarehouseDetails details() {
        return new WarehouseDetails(name, address.toDomain(), location.toDomain(), priority);
    }
}
