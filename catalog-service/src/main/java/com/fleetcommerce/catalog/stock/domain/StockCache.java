package com.fleetcommerce.catalog.stock.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fast read model (Redis), one entry per SKU holding every warehouse's state. Each write compares versions per
 * warehouse inside the store, atomically, so concurrent writers never let an older state replace a newer one.
 * Every method throws {@link StockCacheUnavailableException} when the store cannot be reached.
 */
public interface StockCache {

    /**
     * Writes the state into the SKU's entry if the entry exists (an entry is only ever created complete, by
     * {@link #fill}); otherwise leaves the store untouched.
     */
    CacheWrite apply(WarehouseStock stock);

    /** Creates or completes the SKU's entry with these states (each kept only where newer than what is stored). */
    void fill(String sku, List<WarehouseStock> states);

    /** The SKU's entry, or empty on a miss; an entry filled from an empty copy is present and empty. */
    Optional<List<WarehouseStock>> find(String sku);

    /** {@link #find} for many SKUs in one round trip; the map holds every asked SKU, in the order asked. */
    Map<String, Optional<List<WarehouseStock>>> findAll(List<String> skus);

    /** {@link #fill} for many SKUs in one round trip. */
    void fillAll(Map<String, List<WarehouseStock>> statesBySku);
}
