package com.fleetcommerce.catalog.stock.domain;

/** Where an availability answer came from. */
public enum StockSource {
    /** the Redis read model */
    REDIS,
    /** the PostgreSQL copy (Redis missed or is unreachable); see {@link SkuAvailability#asOf()} */
    DATABASE_COPY
}
