package com.fleetcommerce.catalog.productimport.application;

/**
 * What an import stored.
 *
 * @param batches       transactions committed
 * @param elapsedMillis from the start of the checks to the last commit (JSON parsing not included)
 */
public record ImportResult(int products, int skus, int active, int batches, int batchSize, long elapsedMillis) {
}
