package com.fleetcommerce.warehouse.stock.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Resolves the warehouses a batch of stock rows names, in one look-up rather than one per row. */
public interface WarehouseIds {

    /** Warehouse id per code, for the codes that exist. */
    Map<String, UUID> byCodes(Collection<String> codes);

    /** The ids among these that exist. */
    Set<UUID> existing(Collection<UUID> ids);
}
