package com.fleetcommerce.warehouse.warehouse.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage port for warehouses; implemented in the persistence layer. */
public interface WarehouseRepository {

    Optional<Warehouse> findById(UUID id);

    Optional<Warehouse> findByCode(String code);

    /** Page of warehouses ordered by priority, then code. */
    List<Warehouse> findPage(Boolean active, int page, int size);

    long count(Boolean active);

    /**
     * Inserts or updates; an update whose version differs from the stored one fails with an optimistic-lock error.
     * Returns the stored state (with its new version).
     */
    Warehouse save(Warehouse warehouse);
}
