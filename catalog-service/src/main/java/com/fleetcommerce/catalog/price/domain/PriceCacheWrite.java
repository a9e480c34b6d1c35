package com.fleetcommerce.catalog.price.domain;

/** What {@link PriceCache#apply} did. */
public enum PriceCacheWrite {
    APPLIED,
    /** the entry holds the same or a newer version for that (warehouse, currency) */
    STALE,
    /** no entry for the SKU: it must be filled from the complete copy instead */
    ABSENT
}
