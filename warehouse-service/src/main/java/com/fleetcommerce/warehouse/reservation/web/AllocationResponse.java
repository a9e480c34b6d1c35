package com.fleetcommerce.warehouse.reservation.web;

import java.util.UUID;

import com.fleetcommerce.warehouse.reservation.domain.Allocation;

/** Units of a SKU held in one warehouse. */
public record AllocationResponse(String sku, UUID warehouseId, long quantity) {

    static AllocationResponse from(Allocation a) {
        return new AllocationResponse(a.sku(), a.warehouseId(), a.quantity());
    }
}
