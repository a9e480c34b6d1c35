package com.fleetcommerce.warehouse.stock.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Storage port for stock levels; implemented in the persistence layer. */
public interface StockLevelRepository {

    /** Inserts empty levels (all zero, version 0) for the keys that have none; existing ones are left alone. */
    void createMissing(Collection<LevelKey> keys);

    /**
     * Inserts empty levels for the keys that have none, in (sku, warehouse id) order, inside the caller's transaction;
     * answers the keys it created. Only for a transaction that has not locked any level yet (bulk upsert): until it
     * commits, nobody but another inserter of the same key can wait on those new rows, and inserters take keys in
     * that same order, so no wait cycle can form.
     */
    Set<LevelKey> insertMissing(Collection<LevelKey> keys);

    /**
     * Locks the existing levels of these keys for the rest of the transaction (SELECT ... FOR UPDATE), always in
     * (sku, warehouse id) order so that concurrent writers can never deadlock on each other.
     */
    List<StockLevel> lock(Collection<LevelKey> keys);

    /** Locks every level of these SKUs in active warehouses, in the same fixed order as {@link #lock}. */
    List<AllocatableStock> lockForAllocation(Collection<String> skus);

    /** Writes a changed level; fails if it is no longer at {@link StockLevel#loadedVersion()}. */
    void update(StockLevel level);

    /** {@link #update} for many levels in JDBC batches, with the same version check per level. */
    void updateAll(Collection<StockLevel> changed);

    List<StockLevel> findBySku(String sku);

    List<StockLevel> findByWarehouse(UUID warehouseId, long offset, int limit);

    long countByWarehouse(UUID warehouseId);

    List<StockLevel> findLow(long offset, int limit);

    long countLow();
}
