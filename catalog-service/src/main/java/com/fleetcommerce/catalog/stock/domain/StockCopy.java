package com.fleetcommerce.catalog.stock.domain;

import java.util.List;

/** The durable copy of the read model (PostgreSQL): what the cache is filled from and what answers without it. */
public interface StockCopy {

    /** Stores the state unless a state of the same or a higher version is stored; {@code true} when it was stored. */
    boolean apply(WarehouseStock stock);

    /** Every warehouse's state of the SKU (empty when none reported it). */
    List<WarehouseStock> find(String sku);
}
