package com.fleetcommerce.pricing.price.domain;

import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A cache of the price candidates of a SKU in a currency: its SKU-level prices plus the product-level prices of its
 * stored product. Candidates, not resolved prices, so one entry answers every quantity, warehouse, customer group and
 * instant exactly as the database would. Writers invalidate the SKUs whose candidates they changed after commit;
 * readers fill an entry only if no invalidation happened since they read its generation, so a read that raced a
 * write never puts the old candidates back.
 */
public interface CandidateCache {

    /** The cached candidates of a SKU and the product they were gathered for (null = none known). */
    record Entry(UUID productId, List<PriceCandidate> candidates) {
    }

    /** Hits by SKU, and the generation of every SKU asked for (what {@link #fill} compares against). */
    record Lookup(Map<String, Entry> hits, Map<String, String> generations) {
    }

    Lookup find(Currency currency, Collection<String> skus);

    void fill(Currency currency, Map<String, Entry> entries, Map<String, String> generations);

    void invalidate(Currency currency, Collection<String> skus);
}
