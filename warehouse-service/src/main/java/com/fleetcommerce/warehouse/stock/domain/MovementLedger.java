package com.fleetcommerce.warehouse.stock.domain;

import java.util.List;

/** The append-only movement ledger. */
public interface MovementLedger {

    void append(StockMovement movement);

    /** Appends many rows in JDBC batches. */
    void appendAll(List<StockMovement> movements);

    /** A SKU's movements, newest first. */
    List<StockMovement> findBySku(String sku, long offset, int limit);

    long countBySku(String sku);
}
