package com.fleetcommerce.warehouse.stock.application;

/**
 * What a bulk upsert did. {@code changed} counts levels whose values changed (each got one event, and a ledger row
 * when on hand moved); {@code created} counts, among all rows, levels that did not exist before; {@code unchanged}
 * = received - changed.
 */
public record BulkUpsertResult(int received, int created, int changed, int unchanged, String reference) {
}
