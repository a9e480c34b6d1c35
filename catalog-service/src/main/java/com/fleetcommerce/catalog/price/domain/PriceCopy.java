package com.fleetcommerce.catalog.price.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The durable copy of the price read model (PostgreSQL): what the cache is filled from and answers without it. */
public interface PriceCopy {

    /** Stores the price unless one of the same or a higher version is stored; {@code true} when it was stored. */
    boolean apply(SkuPrice price);

    /** Every (warehouse, currency) price stored for these SKUs; SKUs without any are absent from the map. */
    Map<String, List<SkuPrice>> findAll(Collection<String> skus);

    /** SKUs whose prices the copy took at or after {@code since}, at most {@code limit} after {@code afterSku}. */
    List<String> skusUpdatedSince(Instant since, String afterSku, int limit);
}
