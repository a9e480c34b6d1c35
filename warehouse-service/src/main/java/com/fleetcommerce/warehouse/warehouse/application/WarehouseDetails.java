package com.fleetcommerce.warehouse.warehouse.application;

import com.fleetcommerce.warehouse.warehouse.domain.Address;
import com.fleetcommerce.warehouse.warehouse.domain.GeoPoint;

/** What staff describe about a warehouse when opening or editing it. */
public record WarehouseDetails(String name, Address address, GeoPoint location, int priority) {
}
