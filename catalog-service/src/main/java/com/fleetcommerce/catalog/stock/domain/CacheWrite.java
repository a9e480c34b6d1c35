package com.fleetcommerce.catalog.stock.domain;

/** What {@link StockCache#apply} did. */
public enum CacheWrite {
    APPLIED,
    /** the entry holds the same or a newer version */
    STALE,
    /** no entry for the SKU: it must be filled from the complete copy instead */
    ABSENT
}
