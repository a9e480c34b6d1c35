package com.fleetcommerce.shared.events.contracts.warehouse;

import java.util.UUID;

/** One allocation of a reservation: a quantity of a SKU held in one warehouse. */
public record ReservedStock(String sku, UUID warehouseId, long quantity) {
}
