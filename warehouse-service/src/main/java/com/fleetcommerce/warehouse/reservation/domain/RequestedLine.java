package com.fleetcommerce.warehouse.reservation.domain;

import com.fleetcommerce.warehouse.stock.domain.Sku;

/** A line of a reservation request: how many units of a SKU the order needs. */
public record RequestedLine(String sku, long quantity) {

    public RequestedLine {
        Sku.require(sku);
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
    }
}
