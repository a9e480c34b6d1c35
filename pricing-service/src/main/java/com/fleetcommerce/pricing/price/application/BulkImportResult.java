package com.fleetcommerce.pricing.price.application;

/** {@code received} rows were put (all of them: an import is all or nothing); {@code events} prices moved. */
public record BulkImportResult(int received, int events) {
}
