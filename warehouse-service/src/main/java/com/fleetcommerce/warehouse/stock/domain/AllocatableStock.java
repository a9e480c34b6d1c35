package com.fleetcommerce.warehouse.stock.domain;

import java.util.Objects;

import com.fleetcommerce.warehouse.warehouse.domain.GeoPoint;

/** A locked stock level of an active warehouse, with what allocation needs to rank that warehouse. */
public record AllocatableStock(StockLevel level, int priority, GeoPoint location) {

    public AllocatableStock {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(location, "location");
    }
}
