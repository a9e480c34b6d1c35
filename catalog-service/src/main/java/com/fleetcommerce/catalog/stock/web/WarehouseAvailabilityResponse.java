package com.fleetcommerce.catalog.stock.web;

import java.util.UUID;

import com.fleetcommerce.catalog.stock.domain.WarehouseStock;

/** What a shopper may know of one warehouse's stock of a SKU: how many can be bought there. */
public record WarehouseAvailabilityResponse(UUID warehouseId, String warehouseCode, long available) {

    static WarehouseAvailabilityResponse from(WarehouseStock stock) {
        return new WarehouseAvailabilityResponse(stock.warehouseId(), stock.warehouseCode(), stock.available());
    }
}
