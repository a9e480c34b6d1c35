package com.fleetcommerce.catalog.stock.domain;

import java.util.List;

/** warehouse-service's own answer: the source of truth, asked only when the read model cannot answer. */
public interface WarehouseStockApi {

    /**
     * Every warehouse's current state of the SKU (empty when no warehouse has a level for it).
     *
     * @throws WarehouseUnavailableException when warehouse-service cannot answer in time (down, slow, refused, the
     *                                       circuit open or too many calls already waiting)
     */
    List<WarehouseStock> current(String sku);
}
