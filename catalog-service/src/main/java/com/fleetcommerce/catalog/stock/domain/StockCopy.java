package com.fleetcommerce.catalog.stock.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The durable copy of the read model (PostgreSQL): what the cache is filled from and what answers without it. */
public interface StockCopy {

    /** Stores the state unless a state of the same or a higher version is stored; {@code true} when it was stored. */
    boolean apply(WarehouseStock stock);

    /** Every warehouse's state of the SKU (empty when none reported it). */
    List<WarehouseStock> find(String sku);

    /** {@link #find} for many SKUs in one query; SKUs no warehouse reported are absent from the map. */
    Map<String, List<WarehouseStock>> findAll(Collection<String> skus);
}
