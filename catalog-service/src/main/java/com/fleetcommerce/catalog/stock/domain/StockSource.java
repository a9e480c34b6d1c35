package com.fleetcommerce.catalog.stock.domain;

/** Where an availability answer came from. */
public enum StockSource {
    /** the Redis read model */
    REDIS,
    /** warehouse-service itself, asked because Redis had no entry (the answer also filled Redis) */
    WAREHOUSE,
    /**
     * the PostgreSQL copy: Redis is unreachable, or it missed and warehouse-service could not answer; the answer is
     * marked stale, see {@link SkuAvailability#asOf()}
     */
    DATABASE_COPY
}
