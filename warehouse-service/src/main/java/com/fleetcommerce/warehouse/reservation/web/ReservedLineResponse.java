package com.fleetcommerce.warehouse.reservation.web;

/** A line of a reservation: the SKU and how many units are held for it in total. */
public record ReservedLineResponse(String sku, long quantity) {
}
