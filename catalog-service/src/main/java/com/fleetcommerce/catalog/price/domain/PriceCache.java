package com.fleetcommerce.catalog.price.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fast price read model (Redis), one entry per SKU holding every (warehouse, currency) price. Each write compares
 * versions per (warehouse, currency) inside the store, atomically, so concurrent writers never let an older price
 * replace a newer one. Every method throws {@link PriceCacheUnavailableException} when the store cannot be reached.
 */
public interface PriceCache {

    /**
     * Writes the price into the SKU's entry if the entry exists (an entry is only ever created complete, by
     * {@link #fillAll}); otherwise leaves the store untouched.
     */
    PriceCacheWrite apply(SkuPrice price);

    /**
     * Creates or completes each SKU's entry with these prices (each kept only where newer than what is stored), all
     * in one round trip; a SKU with no prices gets an empty entry (a hit: no price).
     */
    void fillAll(Map<String, List<SkuPrice>> pricesBySku);

    /**
     * The (all warehouses, currency) price of each asked SKU, in one round trip. A SKU without an entry (a miss) is
     * absent from the map; a SKU whose entry holds no such price maps to empty; otherwise to the price (which may be
     * unavailable: withdrawn).
     */
    Map<String, Optional<SkuPrice>> findAll(List<String> skus, String currency);
}
