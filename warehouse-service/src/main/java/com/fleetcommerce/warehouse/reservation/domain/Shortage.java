package com.fleetcommerce.warehouse.reservation.domain;

/** A line that cannot be served: what was asked and what all active warehouses together have available. */
public record Shortage(String sku, long requested, long available) {
}
