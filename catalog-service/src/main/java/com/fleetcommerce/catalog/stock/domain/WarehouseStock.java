package com.fleetcommerce.catalog.stock.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * The state of one SKU in one warehouse as warehouse-service last reported it. {@code version} grows with every
 * change of this (sku, warehouse), so the higher version is always the newer state.
 */
public record WarehouseStock(String sku, UUID warehouseId, String warehouseCode, long onHand, long reserved,
                             long available, long version, Instant changedAt) {

    public WarehouseStock {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(warehouseId, "warehouseId");
        Objects.requireNonNull(warehouseCode, "warehouseCode");
        Objects.requireNonNull(changedAt, "changedAt");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative: " + version);
        }
        // PostgreSQL keeps microseconds: both stores must hold the same instant
        changedAt = changedAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** Whether this state replaces {@code stored}: strictly newer only, so a duplicate or an older one never does. */
    public boolean supersedes(WarehouseStock stored) {
        return stored == null || version > stored.version;
    }
}
