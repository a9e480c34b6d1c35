package com.fleetcommerce.warehouse.warehouse.application;

import java.util.List;

import com.fleetcommerce.warehouse.warehouse.domain.Warehouse;

/** One page of warehouses with the total count. */
public record WarehouseSlice(List<Warehouse> items, int page, int size, long total) {
}
