package com.fleetcommerce.catalog.productimport.web;

import com.fleetcommerce.catalog.productimport.application.ImportResult;

/** Answer of a completed import: what was stored, in how many transactions, and how long it took on the server. */
public record ImportResponse(int products, int skus, int active, int batches, int batchSize, long elapsedMillis) {

    static ImportResponse from(ImportResult result) {
        return new ImportResponse(result.products(), result.skus(), result.active(), result.batches(),
                result.batchSize(), result.elapsedMillis());
    }
}
