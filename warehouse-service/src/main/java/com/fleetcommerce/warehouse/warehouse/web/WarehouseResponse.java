package com.fleetcommerce.warehouse.warehouse.web;

import java.util.UUID;

import com.fleetcommerce.warehouse.warehouse.domain.Warehouse;

/** A warehouse as the API shows it; {@code version} is also the ETag. */
public record WarehouseResponse(UUID id, String code, String name, AddressBody address, LocationBody location,
                                int priority, boolean active, long version) {

    static WarehouseResponse from(Warehouse w) {
        return new WarehouseResponse(w.id(), w.code(), w.name(), AddressBody.from(w.address()),
                LocationBody.from(w.location()), w.priority(), w.active(), w.version());
    }
}
